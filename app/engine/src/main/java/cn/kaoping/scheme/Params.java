package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to one JSON object of a scheme file, with its path, for code that must not
 * depend on a JSON library (the rule kinds of the engine). Every getter that finds a value of
 * the wrong shape reports a {@link Problem} naming the field's path and returns empty; the
 * {@code required...} getters also report a missing field and then return a harmless placeholder,
 * since a file with problems is never evaluated.
 */
public interface Params {

    /** Path of this object, e.g. {@code indicators[3].rules[1]}. */
    String path();

    String pathOf(String field);

    void problem(String field, String message);

    boolean has(String field);

    Optional<String> text(String field);

    String requiredText(String field);

    List<String> texts(String field);

    Optional<Boolean> bool(String field);

    /** One of the words of a {@link Keyword} enum. */
    <E extends Enum<E> & Keyword> Optional<E> keyword(String field, Class<E> type);

    /** Points: a decimal ≥ 0 with at most 2 decimals. */
    Optional<BigDecimal> amount(String field);

    BigDecimal requiredAmount(String field);

    /** Any decimal; {@code "87%"} reads as 0.87. */
    Optional<BigDecimal> number(String field);

    BigDecimal requiredNumber(String field);

    /** A whole number ≥ {@code min}. */
    Optional<Integer> integer(String field, int min);

    Optional<Range> range(String field);

    Range requiredRange(String field);

    /** An object whose values are points, in file order: {@code {"省": "3", "市": "2"}}. */
    Map<String, BigDecimal> amounts(String field);

    /** An array of objects. */
    List<Params> objects(String field);

    Optional<Params> object(String field);
}
