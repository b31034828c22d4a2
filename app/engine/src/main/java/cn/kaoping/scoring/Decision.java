package cn.kaoping.scoring;

import java.util.Optional;

/**
 * A recorded decision on a tie beyond a fixed count (吉水 一等奖一个, 漳州 前5名, 开省乡 前3名…由…研究决定):
 * a fact {@code decisions/<grade or prize>} for a unit tied at the boundary. Part of the facts and of
 * the explanation.
 *
 * @param name      the grade (with a quota) or the prize decided on
 * @param granted   whether the unit gets it
 * @param decidedBy who decided
 * @param decidedOn when, YYYY-MM-DD
 * @param reason    why
 * @param fact      the fact, as explanations name it
 */
public record Decision(String unit, String name, boolean granted, String decidedBy, String decidedOn,
                       Optional<String> reason, String fact) {

    /** The decision in words, for the unit's notes. */
    public String text() {
        return "经研究决定（" + decidedBy + "，" + decidedOn + "，" + fact + "）：" + (granted ? "评为" : "不评为") + name
                + reason.map(r -> "。理由：" + r).orElse("");
    }
}
