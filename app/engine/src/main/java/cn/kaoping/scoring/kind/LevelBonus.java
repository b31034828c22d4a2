package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Params;
import java.util.List;

/**
 * {@code level-bonus}: an amount by the level of an honour or of a promotion (国家/省/市/县).
 * 常德 奖励加分 (1): 国家级…每项加5分；省级…3分；市级…2分；市直工委…1分. With
 * {@code "dedupe": "matter-highest"} the same honour counts once, at its highest level. With
 * {@code afterTask} the first items fill a task and earn nothing here (吉水 共性6: 全年完成上稿任务3篇…
 * 每多录用县级报刊1篇加0.1分…国家级报刊1篇加2分): the task rule counts the same facts ({@code proportional}
 * {@code countsFactsOf}).
 */
public final class LevelBonus extends PerCountKind {

    static final FieldDescription AFTER_TASK = FieldDescription.optional("afterTask", FieldType.Scalar.WHOLE,
            "how many items fill a task first and earn nothing here, the lowest amounts first (每多录用…: the extras only)");

    public LevelBonus() {
        super("level-bonus", "an amount by level (国家/省/市/县) per item", AmountChoice.LEVELS, List.of(AFTER_TASK),
                Effect.BONUS, Effect.DEDUCT);
    }

    @Override
    int afterTask(Params in) {
        return in.integer(AFTER_TASK.name(), 1).orElse(0);
    }
}
