package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result rules (考评结果/结果运用) applied to the units' totals.
 *
 * @param rankWithin    absent: {@code series} when the scheme has series, else {@code all}
 * @param grades        等次, tried in order; the first whose conditions hold is the unit's grade
 * @param awards        prizes by score order among eligible units (吉水: 一等奖1个, 二等奖2个, 三等奖3个)
 * @param bottom        consequences of the last places (开省乡: 倒数第一, 倒数第二)
 * @param consequences  结果运用 attached to a grade, a score band, an award or named units
 * @param prerequisites 必备条件; a grade may require them (湖北 第五条)
 */
public record Results(Optional<RankScope> rankWithin, List<Grade> grades, Optional<Awards> awards,
                      List<BottomRank> bottom, List<Consequence> consequences, List<Prerequisite> prerequisites) {

    public static final String PREREQUISITES = "prerequisites";

    /** Facts {@code decisions/<grade or prize>} resolve a tie beyond a fixed count (名额超出，待研究决定). */
    public static final String DECISIONS = "decisions";

    /**
     * The fields of a {@code decisions/<name>} fact beyond the common part (its {@code reason}, the
     * why, is required too): whether the tied unit is granted the grade or prize, who decided, when.
     */
    public static final FieldDescription GRANTED = FieldDescription.required("granted", FieldType.Scalar.BOOLEAN,
            "decisions: whether the tied unit gets the grade or prize");
    public static final FieldDescription DECIDED_BY = FieldDescription.required("decidedBy", FieldType.Scalar.TEXT,
            "decisions: who decided (研究决定的机构)");
    public static final FieldDescription DECIDED_ON = FieldDescription.required("decidedOn", FieldType.Scalar.TEXT,
            "decisions: the date of the decision, YYYY-MM-DD");
    public static final List<FieldDescription> DECISION_FIELDS = List.of(GRANTED, DECIDED_BY, DECIDED_ON);

    /** The names a decision may name: the grades with a quota and the prizes. */
    public List<String> decidable() {
        List<String> names = new ArrayList<>();
        grades.stream().filter(g -> g.quota().isPresent()).map(Grade::name).forEach(names::add);
        awards.ifPresent(a -> a.prizes().forEach(p -> names.add(p.name())));
        return names;
    }

    public static Results none() {
        return new Results(Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), List.of());
    }

    public RankScope scope(boolean schemeHasSeries) {
        return rankWithin.orElse(schemeHasSeries ? RankScope.SERIES : RankScope.ALL);
    }

    /**
     * A grade and its conditions (all must hold): a rank quota, a score range, prerequisites.
     * A grade without conditions is the fallback (合格).
     */
    public record Grade(String path, String name, Optional<Quota> quota, Optional<Range> score, List<String> requires) {
    }

    /** Top N of the ranking: one number for every series, or a number per series code. */
    public record Quota(Optional<Integer> each, Map<String, Integer> perSeries) {

        public Optional<Integer> forSeries(Optional<String> series) {
            return each.isPresent() ? each : series.map(perSeries::get);
        }
    }

    public record Awards(String path, String name, Optional<Range> score, List<Prize> prizes) {
    }

    public record Prize(String name, int count) {
    }

    /**
     * {@code position} 1 is the last place (倒数第一), counted {@code within} the units' series or all
     * units (absent: the ranking's scope).
     */
    public record BottomRank(String path, int position, String outcome, Optional<RankScope> within) {
    }

    /**
     * The consequence applies when every given condition holds.
     *
     * @param series the unit is in one of these series (漳州 六3 属于第二、三系列的不合格单位)
     * @param barred the unit is barred by a veto from this grade or award (吉水 一票否决…单位负责人不得评先评优)
     */
    public record Consequence(String path, Optional<String> grade, Optional<Range> score, Optional<String> award,
                              List<String> units, List<String> series, Optional<String> barred, String outcome,
                              Map<String, BigDecimal> measures) {
    }

    public record Prerequisite(String id, String text) {

        /** The one field a {@code prerequisites/<id>} fact has beyond the common part. */
        public static final FieldDescription MET = FieldDescription.required("met", FieldType.Scalar.BOOLEAN,
                "whether the prerequisite is met");
    }
}
