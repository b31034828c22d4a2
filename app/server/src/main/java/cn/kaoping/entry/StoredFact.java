package cn.kaoping.entry;

/** A current fact of a cycle as the engine reads it: its id, unit and JSON (a compact object). */
public record StoredFact(long factId, String unit, String rule, String json) {
}
