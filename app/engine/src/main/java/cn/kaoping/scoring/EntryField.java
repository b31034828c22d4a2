package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.Keyword;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One field of the form a clerk fills in for a fact of a rule (考评录入), as the rule's kind and the
 * rule's place in the scheme ask for it: the fact field it writes, a Chinese label, how it is put in,
 * the choices (a grade, a level, a joint-work role) and the bounds the rule sets (酌情 min–max).
 *
 * @param key     the fact field written ({@link FieldDescription#name()})
 * @param label   what the form calls it
 * @param input   how it is put in
 * @param choices the values to choose from, for {@link Input#CHOICE} and {@link Input#YES_NO}
 * @param min     the least value the rule allows, for {@link Input#DECIMAL}
 * @param max     the most, for {@link Input#DECIMAL}
 */
public record EntryField(String key, String label, Input input, List<Choice> choices, Optional<BigDecimal> min,
                         Optional<BigDecimal> max) {

    /** How a field is put in. */
    public enum Input implements Keyword {
        /** A whole number of at least 1 (次数, 名次). */
        COUNT,
        /** A decimal number, or a rate written with {@code %}. */
        DECIMAL,
        /** One of {@link EntryField#choices()}. */
        CHOICE,
        /** true or false, each with its label in {@link EntryField#choices()}. */
        YES_NO,
        /** A day, YYYY-MM-DD. */
        DATE,
        /** Ticked or not; not written when not ticked. */
        FLAG,
        /** Free text. */
        TEXT
    }

    /** A value to choose and how the form shows it. */
    public record Choice(String value, String label) {
    }

    /** How many occurrences (次/件/人次) a fact reports. */
    public static final EntryField COUNT = of(Fact.COUNT, "次数（次/件/人次）", Input.COUNT);
    /** When it happened, where the rule attributes facts by time. */
    public static final EntryField DATE = of(Fact.DATE, "发生日期", Input.DATE);

    public static EntryField of(FieldDescription field, String label, Input input) {
        return new EntryField(field.name(), label, input, List.of(), Optional.empty(), Optional.empty());
    }

    public static EntryField choice(FieldDescription field, String label, List<Choice> choices) {
        return new EntryField(field.name(), label, Input.CHOICE, List.copyOf(choices), Optional.empty(), Optional.empty());
    }

    /** true or false, shown as {@code yes} and {@code no}. */
    public static EntryField yesNo(FieldDescription field, String label, String yes, String no) {
        return new EntryField(field.name(), label, Input.YES_NO, List.of(new Choice("true", yes), new Choice("false", no)),
                Optional.empty(), Optional.empty());
    }

    /** A choice among named amounts ({@code grades}, {@code levels}): {@code 通报（0.2 分）}. */
    public static EntryField amounts(FieldDescription field, String label, Map<String, BigDecimal> byName) {
        return choice(field, label, byName.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getKey() + "（" + e.getValue().toPlainString() + " 分）")).toList());
    }

    public EntryField bounded(BigDecimal min, Optional<BigDecimal> max) {
        return new EntryField(key, label, input, choices, Optional.of(min), max);
    }
}
