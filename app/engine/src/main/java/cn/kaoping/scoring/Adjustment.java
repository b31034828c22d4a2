package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A cut or an offset applied to a rule's or an indicator's amounts, and by how much
 * ({@code amount} ≥ 0, in points), as data: the bound that cut it (a cap, 最高扣分值, a bonus
 * cap), the facts it concerns (exempt ones, those before a rule's window), the window. {@link #note()} words it.
 *
 * @param window the rule's window and its first day, for {@link Type#OUTSIDE_WINDOW}
 */
public record Adjustment(Type type, BigDecimal amount, Optional<BigDecimal> bound, List<Fact> facts, Optional<String> window) {

    static Adjustment of(Type type, BigDecimal amount) {
        return new Adjustment(type, amount, Optional.empty(), List.of(), Optional.empty());
    }

    static Adjustment bounded(Type type, BigDecimal amount, BigDecimal bound) {
        return new Adjustment(type, amount, Optional.of(bound), List.of(), Optional.empty());
    }

    static Adjustment exempt(BigDecimal amount, List<Fact> facts) {
        return new Adjustment(Type.EXEMPT, amount, Optional.empty(), List.copyOf(facts), Optional.empty());
    }

    /** Facts dated before the rule's window, set aside with what they would have counted. */
    static Adjustment outsideWindow(BigDecimal amount, List<Fact> facts, Rule.Window window, LocalDate from) {
        return new Adjustment(Type.OUTSIDE_WINDOW, amount, Optional.empty(), List.copyOf(facts),
                Optional.of(window + "（" + from + " 起）"));
    }

    /** The adjustment in words (得分反查). */
    public String note() {
        return switch (type) {
            case EXEMPT -> "自行查处或主动报告，免予计分：" + String.join("、", facts.stream().map(Fact::label).toList());
            case OUTSIDE_WINDOW -> "早于" + window.orElseThrow() + "，不计：" + String.join("、", facts.stream().map(Fact::label).toList());
            case DEDUPE -> "同一事项只按最高计一次";
            case CAP -> "本条最多 " + DecimalText.showPoints(bound.orElseThrow());
            case MAX_DEDUCTION -> "最高扣 " + DecimalText.showPoints(bound.orElseThrow());
            case CREDIT -> "减免扣分 " + DecimalText.showPoints(amount);
            case CREDIT_UNUSED -> "减免超出扣分的部分不计（不超过本项分值）";
            case MAX_BONUS -> "加分不超过 " + DecimalText.showPoints(bound.orElseThrow());
            case FLOOR -> "扣完为止";
            case CARRY -> "超出的 " + DecimalText.showPoints(amount) + " 在总分中扣除";
        };
    }

    public enum Type {
        /** self-reported facts set aside (免予扣分) */
        EXEMPT,
        /** facts dated before the rule's window (两年内) set aside */
        OUTSIDE_WINDOW,
        /** the same matter counted once, at the highest amount */
        DEDUPE,
        /** a rule's cap (最高扣0.4分) */
        CAP,
        /** an indicator's maxDeduction (最高扣分值) */
        MAX_DEDUCTION,
        /** credits (减免) offsetting deductions */
        CREDIT,
        /** credits beyond the deductions, which count nothing */
        CREDIT_UNUSED,
        /** an indicator's maxBonus or a bonus indicator's points */
        MAX_BONUS,
        /** 扣完为止: a negative score lifted to zero */
        FLOOR,
        /** the part cut by the floor that is subtracted from the total instead */
        CARRY
    }
}
