package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;

/**
 * {@code level-bonus}: an amount by the level of an honour or of a promotion (国家/省/市/县).
 * 常德 奖励加分 (1): 国家级…每项加5分；省级…3分；市级…2分；市直工委…1分. With
 * {@code "dedupe": "matter-highest"} the same honour counts once, at its highest level.
 */
public final class LevelBonus extends PerCountKind {

    public LevelBonus() {
        super("level-bonus", "an amount by level (国家/省/市/县) per item", AmountChoice.LEVELS, Effect.BONUS, Effect.DEDUCT);
    }
}
