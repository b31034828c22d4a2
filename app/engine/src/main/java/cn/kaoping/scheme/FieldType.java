package cn.kaoping.scheme;

import java.util.Arrays;
import java.util.List;

/**
 * What a field of a rule or of a fact holds, as a file writes it (FORMAT.md §1). The JSON Schemas
 * of {@code tenant-schemes/schema/} are generated from these ({@link KindSchemas}).
 */
public sealed interface FieldType {

    /** The field types without parts of their own. */
    enum Scalar implements FieldType {
        /** points: a decimal ≥ 0 with at most 2 decimals */
        POINTS,
        /** any decimal, {@code "87%"} reading as 0.87 */
        NUMBER,
        /** a non-empty string */
        TEXT,
        /** an array of non-empty strings */
        TEXTS,
        BOOLEAN,
        /** a whole number ≥ 1 */
        WHOLE,
        /** interval notation, {@code "[75%, 100%)"} */
        RANGE,
        /** an object of names to points, {@code {"省": "3"}} */
        POINTS_BY_NAME,
        /** {@code <indicator code>/<rule id>} */
        RULE_REF
    }

    /** One of these words. */
    record Words(List<String> words) implements FieldType {

        public static <E extends Enum<E> & Keyword> Words of(Class<E> type) {
            return new Words(Arrays.stream(type.getEnumConstants()).map(Keyword::word).toList());
        }
    }

    /** An array of objects with these fields; {@code nonEmpty}: at least one. */
    record Objects(List<FieldDescription> fields, boolean nonEmpty) implements FieldType {
    }
}
