package cn.kaoping.scheme;

import jakarta.json.JsonObject;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code *.facts.json} file. Only the shape of each fact is checked here; whether a
 * fact fits its unit and rule is the engine's check, which knows the scheme.
 */
public final class FactsLoader {

    /** Every field a fact may have; which ones a rule reads depends on its kind. */
    public static final Set<String> FIELDS = Set.of("id", "unit", "rule", "count", "value", "target", "amount",
            "score", "fullScore", "grade", "level", "matter", "role", "selfReported", "condition", "rank", "of",
            "met", "reason", "evidence");

    public Loaded<FactSet> load(Path file) {
        return Loaded.fromFile(file, this::load);
    }

    public Loaded<FactSet> load(Reader json) {
        Problems problems = new Problems();
        Optional<JsonObject> root = SchemeLoader.readObject(json, problems);
        if (root.isEmpty()) {
            return Loaded.failed(problems);
        }
        JsonParams in = new JsonParams(root.get(), "", problems);
        String scheme = in.requiredText("scheme");
        List<Scheme.Unit> units = SchemeLoader.units(in, "units");
        List<Fact> facts = new ArrayList<>();
        List<JsonParams> objects = in.jsonObjects("facts");
        Map<List<String>, List<String>> fieldLists = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            facts.add(fact(i, objects.get(i), fieldLists));
        }
        in.refuseUnread();
        return Loaded.of(new FactSet(scheme, units, facts), problems);
    }

    /** @param fieldLists equal field lists, shared: the engine checks a list a rule has seen once by identity */
    private static Fact fact(int index, JsonParams in, Map<List<String>, List<String>> fieldLists) {
        List<String> found = FIELDS.stream().filter(in::has).sorted().toList();
        List<String> fields = fieldLists.computeIfAbsent(found, f -> f);
        Optional<BigDecimal> amount = in.amount("amount");
        in.text("evidence");
        // Unit codes, rule references, grades, levels and matters are interned: the engine files and
        // looks up 20,000 facts by them, and equal names that are the same object compare without
        // reading their characters.
        return new Fact(index, in.text("id"), in.requiredText("unit").intern(), in.requiredText("rule").intern(),
                in.integer("count", 1).orElse(1), in.number("value"), in.number("target"), amount,
                in.number("score"), in.number("fullScore"), in.text("grade").map(String::intern),
                in.text("level").map(String::intern), in.text("matter").map(String::intern),
                in.keyword("role", JointWorkRole.class), in.bool("selfReported").orElse(false), in.text("condition"),
                in.integer("rank", 1), in.integer("of", 1), in.bool("met"), in.text("reason"),
                fields);
    }
}
