package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import java.util.List;

/**
 * {@code per-occurrence}: X points per 次/件/人次, optionally graded by kind or rank of person.
 * 桂林 1.(6) 被市纪委给予党纪处分的，每有1人扣0.1分，最高扣0.4分 = amount 0.1, cap 0.4;
 * 市对县 通报、诫勉的，每人次扣0.05分；组织调整…0.1分；纪律处分…0.2分 = grades.
 */
public final class PerOccurrence extends PerCountKind {

    public PerOccurrence() {
        super("per-occurrence", "X points per 次/件/人次, optionally graded: amount × count per fact",
                AmountChoice.GRADES, List.of(), Effect.DEDUCT, Effect.BONUS);
    }
}
