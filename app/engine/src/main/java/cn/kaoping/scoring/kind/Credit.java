package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import java.util.List;

/**
 * {@code credit} (减免扣分): an amount per occurrence that offsets the indicator's deductions and
 * never lifts it above its points. 桂林 1 备注: 承担机关工委党建工作现场会在本单位召开任务，每次0.2分.
 */
public final class Credit extends PerCountKind {

    public Credit() {
        super("credit", "减免扣分: an amount per occurrence offsetting the indicator's deductions, never above its points",
                AmountChoice.GRADES, List.of(), Effect.CREDIT);
    }
}
