package cn.kaoping.entry;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.FactsLoader;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.RuleRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/**
 * A cycle's facts as a facts file (tenant-schemes/FORMAT.md §7), exactly what the command line
 * reads: the scheme's id, the units added to the cycle, and each current fact as it was entered
 * with its {@code id} {@code fact-<id>}, so that explanations name the stored fact. The engine
 * reads this text, in the server as in the CLI.
 */
public final class FactsFile {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PREFIX = "fact-";
    private static final FactsLoader LOADER = new FactsLoader(RuleRegistry.standard());

    private FactsFile() {
    }

    /** How explanations name a stored fact. */
    public static String label(long factId) {
        return PREFIX + factId;
    }

    /** The id of a stored fact an explanation names; empty for another label. */
    public static java.util.Optional<Long> factId(String label) {
        if (label.startsWith(PREFIX) && label.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
            return java.util.Optional.of(Long.parseLong(label.substring(PREFIX.length())));
        }
        return java.util.Optional.empty();
    }

    /**
     * The facts file's text: the stored facts with their ids, then {@code entered} (new facts, as
     * the request wrote them), whose positions come after the stored ones.
     */
    public static String text(BoundCycle cycle, List<StoredFact> stored, List<String> entered) {
        StringBuilder b = new StringBuilder(64 + 96 * (stored.size() + entered.size()));
        b.append("{\"scheme\":").append(JSON.createValue(cycle.scheme().id()).toString())
                .append(",\"units\":").append(units(cycle.addedUnits())).append(",\"facts\":[");
        appendStored(b, stored);
        for (String json : entered) {
            b.append(b.charAt(b.length() - 1) == '[' ? "" : ",").append(json);
        }
        return b.append("]}").toString();
    }

    /** Stored facts, each with its id, after an opening bracket. */
    private static void appendStored(StringBuilder b, List<StoredFact> stored) {
        boolean first = true;
        for (StoredFact f : stored) {
            b.append(first ? "" : ",");
            // a stored fact is a compact JSON object with unit and rule: the id goes first
            b.append("{\"id\":\"").append(label(f.factId())).append("\",").append(f.json(), 1, f.json().length());
            first = false;
        }
    }

    /**
     * Stored facts read as a facts file would hold them from place {@code first} on (after the
     * facts checked before them), each with its id.
     */
    public static Loaded<List<Fact>> stored(List<StoredFact> stored, int first) {
        StringBuilder b = new StringBuilder(2 + 96 * stored.size()).append('[');
        appendStored(b, stored);
        return entered(JSON.createReader(new StringReader(b.append(']').toString())).readArray(), first);
    }

    /** Facts read alone, from place {@code first} on; a problem names a fact by its place in the array ({@code facts[i]}). */
    public static Loaded<List<Fact>> entered(JsonArray facts, int first) {
        return LOADER.facts(facts, first);
    }

    /** What the engine's facts loader makes of the text: the facts, or every problem with its path. */
    public static Loaded<FactSet> load(String text) {
        return LOADER.load(new StringReader(text));
    }

    private static String units(List<Scheme.Unit> units) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Scheme.Unit u : units) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("code", u.code()).add("name", u.name());
            u.series().ifPresent(s -> o.add("series", s));
            u.collectedBy().ifPresent(c -> o.add("collectedBy", c));
            a.add(o);
        }
        return a.build().toString();
    }
}
