package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The textual form of decimals in scheme and facts files. Values are written as JSON strings
 * ({@code "0.05"}) or numbers; both are read from their text, never through a binary float.
 * A trailing {@code %} divides by 100 ({@code "87%"} is 0.87).
 */
public final class DecimalText {

    /** Points carry at most this many decimals (分值 are written to the 0.01). */
    public static final int POINT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecimalText() {
    }

    /** Parses {@code "0.05"}, {@code "-2"}, {@code "87%"}, {@code "87.5%"}; empty when the text is no decimal. */
    public static Optional<BigDecimal> parse(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(t);
        return Optional.of(percent ? value.divide(HUNDRED) : value);
    }

    public static boolean isPercent(String text) {
        return text.strip().endsWith("%");
    }

    /** Rounds a computed amount to points: HALF_UP at 2 decimals (see FORMAT.md, "Rounding"). */
    public static BigDecimal points(BigDecimal value) {
        return value.scale() <= POINT_SCALE ? value : value.setScale(POINT_SCALE, RoundingMode.HALF_UP);
    }

    /** Shows a value without trailing zeros: 0.50 → "0.5", 15.00 → "15". */
    public static String show(BigDecimal value) {
        if (value.scale() == 0) {
            return value.toPlainString();
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** Shows a fraction as a percentage: 0.755 → "75.5%". */
    public static String showPercent(BigDecimal fraction) {
        return show(fraction.multiply(HUNDRED)) + "%";
    }

    /** Shows points always with two decimals: 1.5 → "1.50". */
    public static String showPoints(BigDecimal value) {
        return value.setScale(POINT_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
