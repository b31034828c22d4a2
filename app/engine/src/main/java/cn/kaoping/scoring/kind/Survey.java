package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code survey}: a score from a survey, a panel or another assessment, converted pro rata into
 * the rule's share: earned = score ÷ fullScore × share, HALF_UP at 2 decimals. 漳州 公众评议
 * (300分); 桂林 23 根据脱贫攻坚专项考评结果折算扣分. With {@code fromScheme} the score is another
 * scheme's total for the unit (新干 阳光行动: 考评结果得分按比例折算后计入…政务公开项目得分).
 */
public final class Survey extends RuleProvider<Survey.SurveyParams> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Survey() {
        super("survey", SurveyParams.class, Set.of("score", "fullScore"), Effect.SCORE);
    }

    public record SurveyParams(BigDecimal fullScore, Optional<String> fromScheme) implements RuleParams {
    }

    @Override
    public boolean oneFactPerUnit() {
        return true;
    }

    @Override
    public SurveyParams parse(Params in) {
        BigDecimal full = in.number("fullScore").orElse(HUNDRED);
        if (full.signum() <= 0) {
            in.problem("fullScore", "must be above 0");
        }
        return new SurveyParams(full, in.text("fromScheme"));
    }

    @Override
    public Optional<String> upstreamScheme(RuleParams params) {
        return ((SurveyParams) params).fromScheme();
    }

    @Override
    protected void check(SurveyParams params, RuleInput in, Fact fact, Problems problems) {
        if (!Required.field(fact, "score", fact.score(), in.rule().ref(), problems)) {
            return;
        }
        BigDecimal full = fact.fullScore().orElse(params.fullScore());
        if (full.signum() <= 0) {
            problems.add(Problems.field(fact.path(), "fullScore"), "must be above 0");
        } else if (fact.score().get().signum() < 0 || fact.score().get().compareTo(full) > 0) {
            problems.add(Problems.field(fact.path(), "score"), DecimalText.show(fact.score().get())
                    + " is outside 0–" + DecimalText.show(full));
        }
    }

    @Override
    protected List<Occurrence> occurrences(SurveyParams params, RuleInput in) {
        BigDecimal share = in.share().orElseThrow();
        return in.each(f -> {
            BigDecimal full = f.fullScore().orElse(params.fullScore());
            BigDecimal written = f.score().orElseThrow();
            // Only another scheme's total can fall outside 0..full (a bonus above 100, a penalty below 0):
            // the check refuses such scores in facts. It converts as 0 or as full marks.
            BigDecimal score = written.max(BigDecimal.ZERO).min(full);
            String clamped = score.compareTo(written) == 0 ? "" : "（按 " + DecimalText.show(score) + " 计）";
            BigDecimal earned = score.multiply(share).divide(full, DecimalText.POINT_SCALE, RoundingMode.HALF_UP);
            return Occurrence.of(f, earned, () -> DecimalText.show(written) + clamped + " ÷ " + DecimalText.show(full)
                    + " × " + DecimalText.show(share) + " = " + DecimalText.showPoints(earned));
        });
    }
}
