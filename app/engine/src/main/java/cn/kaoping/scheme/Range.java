package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interval written in the usual notation, square bracket = bound included, round = excluded:
 * {@code "[75%, 100%)"} is 完成率在75%—100%（含75%，不含100%）. An empty or infinite side is open:
 * {@code "[85, ∞)"}, {@code "(-∞, 700)"}. Percent bounds are kept as fractions (75% = 0.75).
 */
public record Range(Optional<BigDecimal> lower, boolean lowerInclusive,
                    Optional<BigDecimal> upper, boolean upperInclusive, boolean percent) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*([\\[(])\\s*([^,]*?)\\s*,\\s*([^,]*?)\\s*([\\])])\\s*");

    /** Parses the notation; the error text says what is wrong. */
    public static Result parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Result.error("\"" + text + "\" is not a range like \"[75%, 100%)\"");
        }
        String lo = m.group(2);
        String hi = m.group(3);
        boolean loOpen = lo.isEmpty() || lo.equals("-∞") || lo.equals("-inf");
        boolean hiOpen = hi.isEmpty() || hi.equals("∞") || hi.equals("+∞") || hi.equals("inf");
        Optional<BigDecimal> lower = loOpen ? Optional.empty() : DecimalText.parse(lo);
        Optional<BigDecimal> upper = hiOpen ? Optional.empty() : DecimalText.parse(hi);
        if (!loOpen && lower.isEmpty() || !hiOpen && upper.isEmpty()) {
            return Result.error("\"" + text + "\" has a bound that is not a decimal");
        }
        boolean loPercent = !loOpen && DecimalText.isPercent(lo);
        boolean hiPercent = !hiOpen && DecimalText.isPercent(hi);
        if (!loOpen && !hiOpen && loPercent != hiPercent) {
            return Result.error("\"" + text + "\" mixes a percentage and a plain number");
        }
        if (lower.isPresent() && upper.isPresent()) {
            int c = lower.get().compareTo(upper.get());
            boolean bothIncluded = m.group(1).equals("[") && m.group(4).equals("]");
            if (c > 0 || c == 0 && !bothIncluded) {
                return Result.error("\"" + text + "\" is empty");
            }
        }
        return new Result(Optional.of(new Range(lower, !loOpen && m.group(1).equals("["),
                upper, !hiOpen && m.group(4).equals("]"), loPercent || hiPercent)), "");
    }

    public boolean contains(BigDecimal x) {
        boolean aboveLower = lower.map(l -> lowerInclusive ? x.compareTo(l) >= 0 : x.compareTo(l) > 0).orElse(true);
        boolean belowUpper = upper.map(u -> upperInclusive ? x.compareTo(u) <= 0 : x.compareTo(u) < 0).orElse(true);
        return aboveLower && belowUpper;
    }

    /** True when some value lies in both ranges. */
    public boolean overlaps(Range other) {
        return !endsBefore(this, other) && !endsBefore(other, this);
    }

    /** True when {@code a} lies wholly below {@code b}. */
    private static boolean endsBefore(Range a, Range b) {
        if (a.upper.isEmpty() || b.lower.isEmpty()) {
            return false;
        }
        int c = a.upper.get().compareTo(b.lower.get());
        return c < 0 || c == 0 && !(a.upperInclusive && b.lowerInclusive);
    }

    /** True when {@code next} starts exactly where this range ends, with no gap and no shared point. */
    public boolean adjoins(Range next) {
        return upper.isPresent() && next.lower.isPresent() && upper.get().compareTo(next.lower.get()) == 0
                && upperInclusive != next.lowerInclusive;
    }

    public String show(BigDecimal bound) {
        return percent ? DecimalText.showPercent(bound) : DecimalText.show(bound);
    }

    @Override
    public String toString() {
        return (lowerInclusive ? "[" : "(") + lower.map(this::show).orElse("-∞") + ", "
                + upper.map(this::show).orElse("∞") + (upperInclusive ? "]" : ")");
    }

    /** The outcome of {@link #parse}: a range, or the reason there is none. */
    public record Result(Optional<Range> range, String error) {
        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
