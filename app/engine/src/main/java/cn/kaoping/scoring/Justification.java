package cn.kaoping.scoring;

/**
 * Why an amount is what it is, as data: which tier, which step, which grade, which cap... Each
 * rule kind and the engine give records, so that two evaluations compare by value (equal facts,
 * equal justifications) without comparing words. The Chinese wording (得分反查) is made by
 * {@link #text()}, only when an explanation is shown.
 */
public interface Justification {

    /** The explanation in words, as a clerk reads it. */
    String text();
}
