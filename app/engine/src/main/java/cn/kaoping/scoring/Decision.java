package cn.kaoping.scoring;

import java.util.Optional;

/**
 * A recorded decision on a tie beyond a fixed count (吉水 一等奖一个, 漳州 前5名, 开省乡 前3名…由…研究决定),
 * or on an optional consequence (漳州 六2 第三系列的单位可比照执行): a fact {@code decisions/<name>} for a unit.
 * Part of the facts and of the explanation.
 *
 * @param name      the grade (with a quota), the prize or the optional consequence's decision decided on
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
        return said((granted ? "评为" : "不评为") + name);
    }

    /** The decision on an optional consequence in words: 适用 or 不适用 the consequences it names. */
    public String onConsequence() {
        return said((granted ? "适用" : "不适用") + "「" + name + "」");
    }

    private String said(String what) {
        return "经研究决定（" + decidedBy + "，" + decidedOn + "，" + fact + "）：" + what + reason.map(r -> "。理由：" + r).orElse("");
    }
}
