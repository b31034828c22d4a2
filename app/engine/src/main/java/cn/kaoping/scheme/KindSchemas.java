package cn.kaoping.scheme;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The kind-specific parts of the JSON Schemas in {@code tenant-schemes/schema/}, made from the rule
 * kinds' descriptions: in {@code scheme.schema.json} the rule's {@code kind} enum, one
 * {@code if kind = … then parameters} block per kind and the parameters of scheme-level vetoes; in
 * {@code facts.schema.json} the properties of a fact (its common part and every kind's fact fields).
 * The rest of each schema is written by hand. A test holds the committed files equal to these.
 */
public final class KindSchemas {

    private KindSchemas() {
    }

    /** {@code schema} (scheme.schema.json) with its kind-specific parts made from {@code kinds}. */
    public static JsonObject scheme(JsonObject schema, RuleKindCatalog kinds) {
        List<KindDescription> descriptions = kinds.descriptions();
        JsonArrayBuilder ids = Json.createArrayBuilder();
        JsonArrayBuilder blocks = Json.createArrayBuilder();
        for (KindDescription d : descriptions) {
            ids.add(d.id());
            blocks.add(Json.createObjectBuilder()
                    .add("description", d.help())
                    .add("if", Json.createObjectBuilder()
                            .add("properties", Json.createObjectBuilder().add("kind", Json.createObjectBuilder().add("const", d.id())))
                            .add("required", Json.createArrayBuilder().add("kind")))
                    .add("then", Json.createObjectBuilder()
                            .add("properties", properties(d.parameters()).add("effect", words(d.effects().stream()
                                    .map(Effect::word).toList())))
                            .add("required", required(d.parameters()))));
        }
        KindDescription veto = kinds.kind(Scheme.VETO_KIND).orElseThrow().describe();
        JsonObject kind = Json.createObjectBuilder().add("enum", ids).build();
        JsonArray vetoParameters = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("properties", properties(veto.parameters()))).build();
        return edit(schema, "$defs", defs -> edit(edit(defs, "rule", rule -> with(edit(rule, "properties",
                p -> with(p, "kind", kind)), "allOf", blocks.build())), "veto", v -> with(v, "allOf", vetoParameters)));
    }

    /** {@code schema} (facts.schema.json) with the properties of a fact made from {@code kinds}. */
    public static JsonObject facts(JsonObject schema, RuleKindCatalog kinds) {
        Map<String, List<String>> readers = new LinkedHashMap<>();
        for (KindDescription d : kinds.descriptions()) {
            d.factFields().forEach(f -> readers.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(d.id()));
        }
        readers.computeIfAbsent(Results.Prerequisite.MET.name(), n -> new ArrayList<>()).add(Results.PREREQUISITES);
        Results.DECISION_FIELDS.forEach(f -> readers.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(Results.DECISIONS));
        Results.APPLICATION_FIELDS.forEach(f -> readers.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(Results.APPLICATIONS));
        JsonObjectBuilder properties = properties(Fact.COMMON);
        kinds.factFields().values().forEach(f -> properties.add(f.name(), property(f.type(),
                f.description() + " (read by " + String.join(", ", readers.get(f.name())) + ")")));
        return edit(schema, "$defs", defs -> edit(defs, "fact", fact -> with(with(fact, "properties", properties.build()),
                "required", required(Fact.COMMON).build())));
    }

    private static JsonObjectBuilder properties(List<FieldDescription> fields) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.forEach(f -> b.add(f.name(), property(f.type(), f.description())));
        return b;
    }

    private static JsonArrayBuilder required(List<FieldDescription> fields) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        fields.stream().filter(FieldDescription::required).forEach(f -> b.add(f.name()));
        return b;
    }

    private static JsonObject property(FieldType type, String description) {
        JsonObjectBuilder b = Json.createObjectBuilder(type(type));
        if (!description.isEmpty()) {
            b.add("description", description);
        }
        return b.build();
    }

    /** The schema of one field type; the {@code $defs} it names are written by hand in both files. */
    static JsonObject type(FieldType type) {
        if (type instanceof FieldType.Words w) {
            return words(w.words());
        }
        if (type instanceof FieldType.Objects o) {
            JsonObjectBuilder array = Json.createObjectBuilder().add("type", "array");
            if (o.nonEmpty()) {
                array.add("minItems", 1);
            }
            return array.add("items", Json.createObjectBuilder().add("type", "object").add("required", required(o.fields()))
                    .add("additionalProperties", false).add("properties", properties(o.fields()))).build();
        }
        return switch ((FieldType.Scalar) type) {
            case POINTS -> ref("points");
            case NUMBER -> ref("number");
            case TEXT -> ref("text");
            case TEXTS -> ref("texts");
            case RANGE -> ref("range");
            case BOOLEAN -> Json.createObjectBuilder().add("type", "boolean").build();
            case WHOLE -> Json.createObjectBuilder().add("type", "integer").add("minimum", 1).build();
            case POINTS_BY_NAME -> Json.createObjectBuilder().add("type", "object").add("minProperties", 1)
                    .add("additionalProperties", ref("points")).build();
            case RULE_REF -> Json.createObjectBuilder().add("type", "string").add("pattern", "^[^/]+/[^/]+$").build();
        };
    }

    private static JsonObject words(List<String> words) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        words.forEach(a::add);
        return Json.createObjectBuilder().add("enum", a).build();
    }

    private static JsonObject ref(String def) {
        return Json.createObjectBuilder().add("$ref", "#/$defs/" + def).build();
    }

    private static JsonObject edit(JsonObject o, String key, UnaryOperator<JsonObject> change) {
        return with(o, key, change.apply(o.getJsonObject(key)));
    }

    /** {@code o} with {@code key} set to {@code value}, in the same place if it was there. */
    private static JsonObject with(JsonObject o, String key, JsonValue value) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        o.forEach((k, v) -> b.add(k, k.equals(key) ? value : v));
        if (!o.containsKey(key)) {
            b.add(key, value);
        }
        return b.build();
    }

    /** JSON text with two-space indents, as the committed schemas are written. */
    public static String pretty(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (value instanceof JsonObject o && !o.isEmpty()) {
            out.append("{\n").append(o.entrySet().stream().map(e -> {
                StringBuilder s = new StringBuilder(inner).append(Json.createValue(e.getKey())).append(": ");
                write(e.getValue(), inner, s);
                return s.toString();
            }).collect(Collectors.joining(",\n"))).append('\n').append(indent).append('}');
        } else if (value instanceof JsonArray a && !a.isEmpty()) {
            out.append("[\n").append(a.stream().map(v -> {
                StringBuilder s = new StringBuilder(inner);
                write(v, inner, s);
                return s.toString();
            }).collect(Collectors.joining(",\n"))).append('\n').append(indent).append(']');
        } else if (value instanceof JsonString s) {
            out.append(Json.createValue(s.getString()));
        } else {
            out.append(value);
        }
    }
}
