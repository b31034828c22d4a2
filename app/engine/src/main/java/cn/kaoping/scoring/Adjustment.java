package cn.kaoping.scoring;

import java.math.BigDecimal;

/**
 * A cut or an offset applied to a rule's or an indicator's amounts, and by how much
 * ({@code amount} ≥ 0, in points).
 */
public record Adjustment(Type type, BigDecimal amount, String note) {

    public enum Type {
        /** self-reported facts set aside (免予扣分) */
        EXEMPT,
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
