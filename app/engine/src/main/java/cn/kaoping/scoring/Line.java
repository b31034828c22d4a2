package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.JointWorkRole;
import cn.kaoping.scheme.NoFact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One amount a rule counted (or counted as 0) for a unit: the facts behind it, the amount after
 * multiplier, joint-work share and rounding, and why, as data: the kind's justification, the
 * scaling, and the dedupe that set it aside. Lines are equal when their facts, amounts and
 * justifications are; {@link #note()} words them.
 *
 * @param scaled     the multiplier and joint-work share applied to the kind's amount, if any
 * @param sameMatter the line of the same matter that counted instead of this one (dedupe), if any
 */
public record Line(List<Fact> sources, BigDecimal amount, Justification why, Optional<Scaled> scaled,
                   Optional<SameMatter> sameMatter) {

    /** The facts as explanations name them: their ids, or {@code facts[i]}. */
    public List<String> facts() {
        return sources.stream().map(Fact::label).toList();
    }

    /** The explanation in words (得分反查). */
    public String note() {
        return why.text() + scaled.map(Scaled::text).orElse("") + sameMatter.map(SameMatter::text).orElse("");
    }

    /**
     * No fact for the unit, read as the rule's {@code whenNoFact} says: a score rule earns nothing
     * (or, with {@code nothing}, its whole share); a deduct rule with {@code share} or {@code required}
     * loses {@code amount}.
     */
    public record NoFacts(Effect effect, NoFact meaning, BigDecimal amount) implements Justification {
        @Override
        public String text() {
            String required = meaning == NoFact.REQUIRED ? "（本项须录入事实，结果不完整）" : "";
            if (effect == Effect.SCORE) {
                return (amount.signum() == 0 ? "无事实：得0分" : "无事实：不扣分，得 " + DecimalText.show(amount) + "分") + required;
            }
            return "无事实：视为未报送，扣 " + DecimalText.show(amount) + "分" + required;
        }
    }

    /** The kind's amount × the condition's factor (双倍扣分) × the joint-work share, rounded to {@code result}. */
    public record Scaled(Optional<Factor> factor, Optional<Share> share, BigDecimal result) {

        String text() {
            return factor.map(f -> " × " + DecimalText.show(f.factor()) + "（" + f.condition() + "）").orElse("")
                    + share.map(s -> " × " + DecimalText.showPercent(s.share()) + (s.role() == JointWorkRole.LEAD ? "（主办）" : "（联办）"))
                            .orElse("")
                    + " = " + DecimalText.showPoints(result);
        }
    }

    /** A multiplier of the rule, chosen by the fact's condition. */
    public record Factor(BigDecimal factor, String condition) {
    }

    /** The 主办/联办 share of the fact's role. */
    public record Share(BigDecimal share, JointWorkRole role) {
    }

    /** Counted 0: the same matter already counts with {@code keptAmount} by the fact {@code kept}. */
    public record SameMatter(String matter, Fact kept, BigDecimal keptAmount) {

        String text() {
            return "；同一事项“" + matter + "”已按 " + kept.label() + " 的 " + DecimalText.showPoints(keptAmount) + " 计，此处不计";
        }
    }
}
