package cn.kaoping.scheme;

/**
 * What a rule's amounts do to its indicator. A {@code score} rule earns points out of its share
 * (the rule's {@code points}, else the indicator's); the shortfall is recorded as a deduction.
 */
public enum Effect implements Keyword {
    DEDUCT, BONUS, CREDIT, SCORE;
}
