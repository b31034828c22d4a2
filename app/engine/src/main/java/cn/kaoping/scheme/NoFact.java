package cn.kaoping.scheme;

/**
 * What it means when a unit has no fact for a rule ({@code whenNoFact}, FORMAT.md §4).
 * {@code NOTHING}: nothing happened — nothing deducted or added (the default of deduct, bonus and
 * credit rules). {@code SHARE}: nothing was reported, so the rule's whole share is lost (the default
 * of score rules; 桂林 7.(2) 每少开展1次活动扣1分: no activity reported is 2 short). {@code REQUIRED}:
 * every unit the rule applies to must have a fact; until it has one the unit's result is incomplete,
 * and meanwhile the rule counts as {@code SHARE} (a bonus or credit rule: as {@code NOTHING}).
 * A deduct rule's share is its {@code points}, else its {@code cap}, else its indicator's points;
 * a bonus or credit rule has no share to lose, so {@code SHARE} is refused there.
 */
public enum NoFact implements Keyword {
    NOTHING, SHARE, REQUIRED;

    /** What a rule of the effect means by no fact when the scheme does not say. */
    public static NoFact byDefault(Effect effect) {
        return effect == Effect.SCORE ? SHARE : NOTHING;
    }
}
