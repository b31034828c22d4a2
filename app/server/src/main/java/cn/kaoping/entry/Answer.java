package cn.kaoping.entry;

/** What a POST answered: its status and JSON body, as a replay of it answers again. */
public record Answer(int status, String json) {
}
