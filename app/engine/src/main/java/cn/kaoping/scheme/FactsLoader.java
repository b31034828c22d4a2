package cn.kaoping.scheme;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code *.facts.json} file. Each field is read by the type its description gives: the
 * common part of a fact ({@link Fact#COMMON}) and the fact fields the rule kinds describe. Whether
 * a fact fits its unit and rule, and whether its rule's kind reads its fields, is the engine's
 * check, which knows the scheme.
 */
public final class FactsLoader {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Every field a fact may have, by name. */
    private final Map<String, FieldDescription> fields;

    public FactsLoader(RuleKindCatalog kinds) {
        Map<String, FieldDescription> all = new LinkedHashMap<>();
        Fact.COMMON.forEach(f -> all.put(f.name(), f));
        all.putAll(kinds.factFields());
        this.fields = Map.copyOf(all);
    }

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
        List<Fact> facts = facts(in, 0);
        in.refuseUnread();
        return Loaded.of(new FactSet(scheme, units, facts), problems);
    }

    /**
     * Facts without their file, as the {@code facts} array of a file would hold them from place
     * {@code first} on: the engine orders them by that place ({@link Fact#index} {@code first + i},
     * after the facts checked before, {@code PreparedScheme.add}); a problem of reading one names it
     * by its place in the array ({@code facts[i]}).
     */
    public Loaded<List<Fact>> facts(JsonArray facts, int first) {
        Problems problems = new Problems();
        JsonParams in = new JsonParams(JSON.createObjectBuilder().add("facts", facts).build(), "", problems);
        List<Fact> read = facts(in, first);
        in.refuseUnread();
        return Loaded.of(read, problems);
    }

    private List<Fact> facts(JsonParams in, int first) {
        List<Fact> facts = new ArrayList<>();
        List<JsonParams> objects = in.jsonObjects("facts");
        Map<List<String>, List<String>> fieldLists = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            facts.add(fact(first + i, objects.get(i), fieldLists));
        }
        return facts;
    }

    /**
     * Reads the fields in file order, so that problems come in that order; unknown ones are left
     * unread and refused.
     *
     * @param fieldLists equal field lists, shared: the engine checks a list a rule has seen once by identity
     */
    private Fact fact(int index, JsonParams in, Map<List<String>, List<String>> fieldLists) {
        Map<String, Object> read = new HashMap<>();
        for (String name : in.fields()) {
            FieldDescription field = fields.get(name);
            if (field != null) {
                // keyed by the catalogue's name, the very string the kinds look up with: found without comparing characters
                value(in, field).ifPresent(v -> read.put(field.name(), v));
            }
        }
        for (FieldDescription f : Fact.COMMON) {
            if (f.required() && !in.has(f.name())) {
                in.problem(f.name(), "is required");
            }
        }
        List<String> found = in.fields().stream().filter(f -> fields.containsKey(f) && in.has(f))
                .map(f -> fields.get(f).name()).sorted().toList();
        Map<String, Object> kindFields = new HashMap<>(read);
        Fact.COMMON.forEach(f -> kindFields.remove(f.name()));
        return new Fact(index, text(read, Fact.ID), text(read, Fact.UNIT).orElse(""), text(read, Fact.RULE).orElse(""),
                read.containsKey(Fact.COUNT.name()) ? (Integer) read.get(Fact.COUNT.name()) : 1, text(read, Fact.MATTER),
                text(read, Fact.PERSON), text(read, Fact.SAME_AS).map(String::intern),
                text(read, Fact.ROLE).flatMap(r -> Keyword.of(JointWorkRole.class, r)),
                Boolean.TRUE.equals(read.get(Fact.SELF_REPORTED.name())), text(read, Fact.CONDITION),
                text(read, Fact.REASON), text(read, Fact.EVIDENCE), date(in, text(read, Fact.DATE)), FactFields.of(kindFields),
                fieldLists.computeIfAbsent(found, f -> f));
    }

    /** A fact's date, YYYY-MM-DD; anything else is a problem. */
    private static Optional<LocalDate> date(JsonParams in, Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            in.problem(Fact.DATE.name(), "\"" + text.get() + "\" is not a date like 2009-05-01");
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, Object> read, FieldDescription field) {
        return Optional.ofNullable((String) read.get(field.name()));
    }

    /**
     * One field read by its type. Texts are interned: the engine files and looks up 20,000 facts by
     * unit codes and rule references, and compares grades, levels and matters; equal names that are
     * the same object compare without reading their characters.
     */
    private static Optional<?> value(JsonParams in, FieldDescription field) {
        String name = field.name();
        if (field.type() instanceof FieldType.Words w) {
            return in.text(name).filter(word -> {
                if (!w.words().contains(word)) {
                    in.problem(name, "\"" + word + "\" is not one of " + String.join(", ",
                            w.words().stream().map(x -> "\"" + x + "\"").toList()));
                }
                return w.words().contains(word);
            });
        }
        if (!(field.type() instanceof FieldType.Scalar s)) {
            throw new IllegalStateException("facts have no fields of type " + field.type());
        }
        return switch (s) {
            case TEXT, RULE_REF -> in.text(name).map(String::intern);
            case NUMBER -> in.number(name);
            case POINTS -> in.amount(name);
            case WHOLE -> in.integer(name, 1);
            case BOOLEAN -> in.bool(name);
            case TEXTS, RANGE, POINTS_BY_NAME -> throw new IllegalStateException("facts have no " + s + " fields");
        };
    }
}
