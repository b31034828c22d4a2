package cn.kaoping.scoring;

import java.util.Optional;

/**
 * A unit's application for a grade (湖北 第三条 自愿申报、逐级晋升): a fact {@code applications/<grade>} naming the
 * level applied for and the grade the unit holds. The unit is graded for that level only; a failed promotion
 * keeps the held grade.
 *
 * @param level the grade applied for
 * @param held  the grade the unit holds (its certificate), if any
 * @param fact  the fact, as explanations name it
 */
record Applied(String unit, String level, Optional<String> held, String fact) {

    /** A 复查 (the held grade applied for again), not a promotion. */
    boolean review() {
        return held.map(level::equals).orElse(false);
    }
}
