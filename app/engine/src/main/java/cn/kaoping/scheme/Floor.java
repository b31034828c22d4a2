package cn.kaoping.scheme;

/**
 * What happens when an indicator's deductions exceed what it has: stop at zero (扣完为止),
 * stop at zero and subtract the excess from the unit's total (漳州 效率与作风: 扣分超过100分的，
 * 超出的分数在该单位总得分中扣除), or nothing (the indicator may go below zero).
 */
public enum Floor implements Keyword {
    ZERO, CARRY_TO_TOTAL, NONE;
}
