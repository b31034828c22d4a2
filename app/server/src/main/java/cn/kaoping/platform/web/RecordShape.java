package cn.kaoping.platform.web;

import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.InputCheck;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape a request record expects, checked on the JSON tree before JSON-B builds the record:
 * no field the record does not have, and each value of its component's JSON type (a string for a
 * {@code String}, an integral number in range for an {@code Integer}, an object for a nested
 * record, an array for a list). Each broken rule names the field by its JSON path
 * ({@code admin.email}, {@code items[2].code}). What a value must be beyond its type is the
 * record's own rule (see {@link InputCheck}); every string is bounded here by
 * {@link #MAX_STRING} characters whatever the record says.
 */
final class RecordShape {

    /** The bound of any string of a request body, before the record's own, tighter bounds. */
    static final int MAX_STRING = 2000;
    /** A body with more broken rules than this is answered with the first ones. */
    static final int MAX_ERRORS = 20;

    private final List<FieldError> errors = new ArrayList<>();

    private RecordShape() {
    }

    /** Every broken rule of {@code body} as a {@code type}; empty when JSON-B may build it. */
    static List<FieldError> check(JsonValue body, Type type) {
        RecordShape shape = new RecordShape();
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            return List.of(new FieldError("body", "must be a JSON object"));
        }
        shape.value("", body, type);
        return List.copyOf(shape.errors);
    }

    private void value(String path, JsonValue value, Type type) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                fail(path, "must not be null");
            }
            return;
        }
        if (raw == Optional.class) {
            value(path, value, argument(type, 0));
        } else if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return; // the record takes JSON as it comes
        } else if (raw == String.class || raw == CharSequence.class) {
            if (!(value instanceof JsonString s)) {
                fail(path, "must be a string");
            } else if (s.getString().codePointCount(0, s.getString().length()) > MAX_STRING) {
                fail(path, "must be at most " + MAX_STRING + " characters");
            }
        } else if (isIntegral(raw)) {
            integral(path, value, raw);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class
                || raw == Float.class || raw == float.class) {
            if (!(value instanceof JsonNumber)) {
                fail(path, "must be a number");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                fail(path, "must be true or false");
            }
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
                fail(path, "must be one of " + String.join(", ", names));
            }
        } else if (raw.isRecord()) {
            record(path, value, raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                fail(path, "must be a JSON array");
                return;
            }
            Type element = argument(type, 0);
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                value(path + "[" + i++ + "]", item, element);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                fail(path, "must be a JSON object");
                return;
            }
            Type element = argument(type, 1);
            for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                value(join(path, e.getKey()), e.getValue(), element);
            }
        } else if (value.getValueType() != JsonValue.ValueType.STRING) {
            // dates, times and other values JSON-B reads from their text
            fail(path, "must be a string");
        }
    }

    private void record(String path, JsonValue value, Class<?> type) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            fail(path, "must be a JSON object");
            return;
        }
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonbProperty renamed = c.getAnnotation(JsonbProperty.class);
            components.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName(), c);
        }
        JsonObject object = value.asJsonObject();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                fail(join(path, field.getKey()), "unknown field; expected one of " + String.join(", ", components.keySet()));
            } else {
                value(join(path, field.getKey()), field.getValue(), component.getGenericType());
            }
        }
    }

    private void integral(String path, JsonValue value, Class<?> raw) {
        String rule = "must be an integer";
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            fail(path, rule);
            return;
        }
        BigInteger v = n.bigIntegerValue();
        long min;
        long max;
        if (raw == Integer.class || raw == int.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == Short.class || raw == short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == Long.class || raw == long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else {
            return; // BigInteger
        }
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            fail(path, rule + " from " + min + " to " + max);
        }
    }

    private static boolean isIntegral(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == BigInteger.class;
    }

    private void fail(String path, String rule) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, rule));
        }
    }

    /** {@code parent.name}; a name is quoted as a message may quote a value (it comes from the caller). */
    private static String join(String parent, String name) {
        String shown = InputCheck.echo(name);
        return parent.isEmpty() ? shown : parent + "." + shown;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
