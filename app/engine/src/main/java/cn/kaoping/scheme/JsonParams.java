package cn.kaoping.scheme;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Params} over a JSON-P object; remembers which fields were read so the rest can be refused. */
final class JsonParams implements Params {

    private static final String PLACEHOLDER = "";

    private final JsonObject json;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();
    private final List<JsonParams> children = new ArrayList<>();

    JsonParams(JsonObject json, String path, Problems problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String pathOf(String field) {
        return field == null ? path : Problems.field(path, field);
    }

    @Override
    public void problem(String field, String message) {
        problems.add(pathOf(field), message);
    }

    @Override
    public boolean has(String field) {
        return json.containsKey(field) && json.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** The fields written, in file order. */
    Set<String> fields() {
        return json.keySet();
    }

    /** Reports every field nobody asked for, here and in the objects read below: most often a misspelt name. */
    void refuseUnread() {
        json.keySet().stream().filter(k -> !read.contains(k)).sorted()
                .forEach(k -> problems.add(pathOf(k), "unknown field"));
        children.forEach(JsonParams::refuseUnread);
    }

    private JsonParams child(JsonObject o, String childPath) {
        JsonParams c = new JsonParams(o, childPath, problems);
        children.add(c);
        return c;
    }

    private Optional<JsonValue> value(String field) {
        read.add(field);
        return has(field) ? Optional.of(json.get(field)) : Optional.empty();
    }

    private void required(String field) {
        if (!has(field)) {
            problem(field, "is required");
        }
    }

    @Override
    public Optional<String> text(String field) {
        return value(field).flatMap(v -> {
            if (v instanceof JsonString s && !s.getString().isBlank()) {
                return Optional.of(s.getString());
            }
            problem(field, "must be a non-empty string");
            return Optional.empty();
        });
    }

    @Override
    public String requiredText(String field) {
        required(field);
        return text(field).orElse(PLACEHOLDER);
    }

    @Override
    public List<String> texts(String field) {
        Optional<JsonValue> v = value(field);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof JsonArray array)) {
            problem(field, "must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s && !s.getString().isBlank()) {
                out.add(s.getString());
            } else {
                problems.add(Problems.index(pathOf(field), i), "must be a non-empty string");
            }
        }
        return out;
    }

    @Override
    public Optional<Boolean> bool(String field) {
        return value(field).flatMap(v -> {
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return Optional.of(v == JsonValue.TRUE);
            }
            problem(field, "must be true or false");
            return Optional.empty();
        });
    }

    @Override
    public <E extends Enum<E> & Keyword> Optional<E> keyword(String field, Class<E> type) {
        return text(field).flatMap(word -> {
            Optional<E> e = Keyword.of(type, word);
            if (e.isEmpty()) {
                problem(field, "\"" + word + "\" is not one of " + Keyword.words(type));
            }
            return e;
        });
    }

    /** The text of a decimal written as a JSON string or number. */
    private Optional<String> decimalText(String field) {
        return value(field).flatMap(v -> {
            if (v instanceof JsonString s) {
                return Optional.of(s.getString());
            }
            if (v instanceof JsonNumber n) {
                return Optional.of(n.toString());
            }
            problem(field, "must be a decimal written as a string, e.g. \"0.5\"");
            return Optional.empty();
        });
    }

    @Override
    public Optional<BigDecimal> number(String field) {
        return decimalText(field).flatMap(t -> {
            Optional<BigDecimal> d = DecimalText.parse(t);
            if (d.isEmpty()) {
                problem(field, "\"" + t + "\" is not a decimal number");
            }
            return d;
        });
    }

    @Override
    public BigDecimal requiredNumber(String field) {
        required(field);
        return number(field).orElse(BigDecimal.ZERO);
    }

    @Override
    public Optional<BigDecimal> amount(String field) {
        return decimalText(field).flatMap(t -> checkedAmount(pathOf(field), t, problems));
    }

    /** Points: ≥ 0, no percent sign, at most 2 decimals. */
    static Optional<BigDecimal> checkedAmount(String path, String text, Problems problems) {
        Optional<BigDecimal> d = DecimalText.isPercent(text) ? Optional.empty() : DecimalText.parse(text);
        if (d.isEmpty()) {
            problems.add(path, "\"" + text + "\" is not a decimal number of points");
        } else if (d.get().signum() < 0) {
            problems.add(path, "\"" + text + "\" must not be negative (a deduction is written as a positive amount)");
            return Optional.empty();
        } else if (d.get().stripTrailingZeros().scale() > DecimalText.POINT_SCALE) {
            problems.add(path, "\"" + text + "\" has more than " + DecimalText.POINT_SCALE + " decimals");
            return Optional.empty();
        }
        return d;
    }

    @Override
    public BigDecimal requiredAmount(String field) {
        required(field);
        return amount(field).orElse(BigDecimal.ZERO);
    }

    @Override
    public Optional<Integer> integer(String field, int min) {
        return value(field).flatMap(v -> {
            if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                    && n.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return Optional.of(n.intValue());
            }
            problem(field, "must be a whole number ≥ " + min);
            return Optional.empty();
        });
    }

    @Override
    public Optional<Range> range(String field) {
        return value(field).flatMap(v -> {
            if (!(v instanceof JsonString s)) {
                problem(field, "must be a range written as a string, e.g. \"[75%, 100%)\"");
                return Optional.empty();
            }
            Range.Result r = Range.parse(s.getString());
            if (r.range().isEmpty()) {
                problem(field, r.error());
            }
            return r.range();
        });
    }

    @Override
    public Range requiredRange(String field) {
        required(field);
        return range(field).orElse(new Range(Optional.empty(), false, Optional.empty(), false, false));
    }

    @Override
    public Map<String, BigDecimal> amounts(String field) {
        Optional<JsonValue> v = value(field);
        if (v.isEmpty()) {
            return Map.of();
        }
        if (!(v.get() instanceof JsonObject object) || object.isEmpty()) {
            problem(field, "must be a non-empty object of names to points, e.g. {\"省\": \"3\"}");
            return Map.of();
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            String p = Problems.field(pathOf(field), name);
            if (value instanceof JsonString s) {
                checkedAmount(p, s.getString(), problems).ifPresent(a -> out.put(name, a));
            } else if (value instanceof JsonNumber n) {
                checkedAmount(p, n.toString(), problems).ifPresent(a -> out.put(name, a));
            } else {
                problems.add(p, "must be a decimal written as a string, e.g. \"0.5\"");
            }
        });
        return out;
    }

    @Override
    public List<Params> objects(String field) {
        return List.copyOf(jsonObjects(field));
    }

    /** Marks every field as read: used where the rest of an object cannot be judged (an unknown rule kind). */
    void ignoreRest() {
        read.addAll(json.keySet());
    }

    /** The raw value, for the few fields that may take two shapes (a quota: a number or an object). */
    Optional<JsonValue> raw(String field) {
        return value(field);
    }

    /** An object of names to signed decimals or percentages: {@code {"bonusRatio": "+10%"}}. */
    Map<String, BigDecimal> numbers(String field) {
        Optional<JsonValue> v = value(field);
        if (v.isEmpty()) {
            return Map.of();
        }
        if (!(v.get() instanceof JsonObject object)) {
            problem(field, "must be an object of names to decimals, e.g. {\"bonusRatio\": \"+10%\"}");
            return Map.of();
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            Optional<BigDecimal> d = value instanceof JsonString s ? DecimalText.parse(s.getString())
                    : value instanceof JsonNumber n ? DecimalText.parse(n.toString()) : Optional.empty();
            d.ifPresentOrElse(x -> out.put(name, x),
                    () -> problems.add(Problems.field(pathOf(field), name), "must be a decimal, e.g. \"10%\""));
        });
        return out;
    }

    List<JsonParams> jsonObjects(String field) {
        Optional<JsonValue> v = value(field);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof JsonArray array)) {
            problem(field, "must be an array of objects");
            return List.of();
        }
        List<JsonParams> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String p = Problems.index(pathOf(field), i);
            if (array.get(i) instanceof JsonObject o) {
                out.add(child(o, p));
            } else {
                problems.add(p, "must be an object");
            }
        }
        return out;
    }

    @Override
    public Optional<Params> object(String field) {
        return jsonObject(field).map(Params.class::cast);
    }

    Optional<JsonParams> jsonObject(String field) {
        return value(field).flatMap(v -> {
            if (v instanceof JsonObject o) {
                return Optional.of(child(o, pathOf(field)));
            }
            problem(field, "must be an object");
            return Optional.empty();
        });
    }
}
