package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code survey}: a score from a survey, a panel or another assessment, converted pro rata into
 * the rule's share: earned = score ÷ fullScore × share, HALF_UP at 2 decimals. 漳州 公众评议
 * (300分); 桂林 23 根据脱贫攻坚专项考评结果折算扣分. With {@code fromScheme} the score is another
 * scheme's total for the unit (新干 阳光行动: 考评结果得分按比例折算后计入…政务公开项目得分).
 */
public final class Survey extends RuleProvider<Survey.SurveyParams, Survey.Score> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final FieldDescription FULL_SCORE = FieldDescription.optional("fullScore", FieldType.Scalar.NUMBER,
            "the full score of the survey, default 100");
    private static final FieldDescription FROM_SCHEME = FieldDescription.optional("fromScheme", FieldType.Scalar.TEXT,
            "the id of another scheme whose total for the unit is the score (no facts are written then)");
    private static final FieldDescription SCORE = FieldDescription.required("score", FieldType.Scalar.NUMBER,
            "the unit's score");
    private static final FieldDescription FACT_FULL_SCORE = FieldDescription.optional("fullScore", FieldType.Scalar.NUMBER,
            "the full score, when it differs from the rule's");

    public Survey() {
        super("survey", SurveyParams.class, "a survey, panel or other assessment's score converted pro rata into the share",
                List.of(FULL_SCORE, FROM_SCHEME), List.of(SCORE, FACT_FULL_SCORE), Effect.SCORE);
    }

    public record SurveyParams(BigDecimal fullScore, Optional<String> fromScheme) implements RuleParams {
    }

    /** The unit's score, and the full score when the fact gives its own. */
    public record Score(Optional<BigDecimal> score, Optional<BigDecimal> fullScore) implements FactValues {
    }

    /** written (counted as {@code counted} when outside 0..full) ÷ full × share = earned. */
    public record Converted(BigDecimal written, BigDecimal counted, BigDecimal full, BigDecimal share, BigDecimal earned)
            implements Justification {
        @Override
        public String text() {
            String clamped = counted.compareTo(written) == 0 ? "" : "（按 " + DecimalText.show(counted) + " 计）";
            return DecimalText.show(written) + clamped + " ÷ " + DecimalText.show(full) + " × " + DecimalText.show(share)
                    + " = " + DecimalText.showPoints(earned);
        }
    }

    @Override
    public boolean oneFactPerUnit() {
        return true;
    }

    @Override
    public SurveyParams parse(Params in) {
        BigDecimal full = in.number(FULL_SCORE.name()).orElse(HUNDRED);
        if (full.signum() <= 0) {
            in.problem(FULL_SCORE.name(), "must be above 0");
        }
        return new SurveyParams(full, in.text(FROM_SCHEME.name()));
    }

    @Override
    protected Optional<String> fromScheme(SurveyParams params) {
        return params.fromScheme();
    }

    @Override
    protected Score upstream(BigDecimal total) {
        return new Score(Optional.of(total), Optional.empty());
    }

    @Override
    protected List<EntryField> entry(SurveyParams params, Optional<BigDecimal> share) {
        return List.of(EntryField.of(SCORE, "测评得分", EntryField.Input.DECIMAL),
                EntryField.of(FACT_FULL_SCORE, "测评满分", EntryField.Input.DECIMAL));
    }

    @Override
    protected Score read(FactFields fields) {
        return new Score(fields.decimal(SCORE), fields.decimal(FACT_FULL_SCORE));
    }

    @Override
    protected void check(SurveyParams params, RuleInput<Score> in, Fact fact, Score score, Problems problems) {
        if (!Required.field(fact, SCORE, score.score(), in.rule().ref(), problems)) {
            return;
        }
        BigDecimal full = score.fullScore().orElse(params.fullScore());
        if (full.signum() <= 0) {
            problems.add(Problems.field(fact.path(), FACT_FULL_SCORE.name()), "must be above 0");
        } else if (score.score().get().signum() < 0 || score.score().get().compareTo(full) > 0) {
            problems.add(Problems.field(fact.path(), SCORE.name()), DecimalText.show(score.score().get())
                    + " is outside 0–" + DecimalText.show(full));
        }
    }

    @Override
    protected List<Occurrence> occurrences(SurveyParams params, RuleInput<Score> in) {
        BigDecimal share = in.share().orElseThrow();
        return in.each((f, s) -> {
            BigDecimal full = s.fullScore().orElse(params.fullScore());
            BigDecimal written = s.score().orElseThrow();
            // Only another scheme's total can fall outside 0..full (a bonus above 100, a penalty below 0):
            // the check refuses such scores in facts. It converts as 0 or as full marks.
            BigDecimal counted = written.max(BigDecimal.ZERO).min(full);
            BigDecimal earned = counted.multiply(share).divide(full, DecimalText.POINT_SCALE, RoundingMode.HALF_UP);
            return Occurrence.of(f, earned, new Converted(written, counted, full, share, earned));
        });
    }
}
