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
 * @param application   when present, each unit is graded only for the level it applies for (湖北 第三条 自愿申报、逐级晋升)
 */
public record Results(Optional<RankScope> rankWithin, List<Grade> grades, Optional<Awards> awards,
                      List<BottomRank> bottom, List<Consequence> consequences, List<Prerequisite> prerequisites,
                      Optional<Application> application) {

    public static final String PREREQUISITES = "prerequisites";

    /** Facts {@code decisions/<name>} resolve a tie beyond a fixed count (名额超出，待研究决定) or an optional consequence (可比照执行). */
    public static final String DECISIONS = "decisions";

    /**
     * The fields of a {@code decisions/<name>} fact beyond the common part (its {@code reason}, the
     * why, is required too): whether the tied unit is granted the grade or prize, who decided, when.
     */
    public static final FieldDescription GRANTED = FieldDescription.required("granted", FieldType.Scalar.BOOLEAN,
            "decisions: whether the tied unit gets the grade or prize, or the optional consequence applies to the unit");
    public static final FieldDescription DECIDED_BY = FieldDescription.required("decidedBy", FieldType.Scalar.TEXT,
            "decisions: who decided (研究决定的机构)");
    public static final FieldDescription DECIDED_ON = FieldDescription.required("decidedOn", FieldType.Scalar.TEXT,
            "decisions: the date of the decision, YYYY-MM-DD");
    public static final List<FieldDescription> DECISION_FIELDS = List.of(GRANTED, DECIDED_BY, DECIDED_ON);

    /** Facts {@code applications/<grade>}: the level a unit applies for (申报等级), with the grade it holds. */
    public static final String APPLICATIONS = "applications";

    /** The fields of an {@code applications/<grade>} fact beyond the common part (whose {@code date} is the 申报 date). */
    public static final FieldDescription HELD = FieldDescription.optional("held", FieldType.Scalar.TEXT,
            "applications: the grade the unit holds (its certificate), kept when a promotion fails");
    public static final FieldDescription HELD_SINCE = FieldDescription.optional("heldSince", FieldType.Scalar.TEXT,
            "applications: since when the unit holds it (the certificate's date), YYYY-MM-DD");
    public static final List<FieldDescription> APPLICATION_FIELDS = List.of(HELD, HELD_SINCE);

    /** The names a decision may name: the grades with a quota, the prizes and the optional consequences' decisions. */
    public List<String> decidable() {
        List<String> names = new ArrayList<>();
        grades.stream().filter(g -> g.quota().isPresent()).map(Grade::name).forEach(names::add);
        awards.ifPresent(a -> a.prizes().forEach(p -> names.add(p.name())));
        consequences.stream().flatMap(c -> c.optional().stream()).map(Elective::decision)
                .filter(d -> !names.contains(d)).forEach(names::add);
        return names;
    }

    public static Results none() {
        return new Results(Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
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
     * @param optional for the units of some series the consequence is not mandatory but decided (漳州 六2 第三系列的单位可比照执行)
     */
    public record Consequence(String path, Optional<String> grade, Optional<Range> score, Optional<String> award,
                              List<String> units, List<String> series, Optional<String> barred, String outcome,
                              Map<String, BigDecimal> measures, Optional<Elective> optional) {
    }

    /**
     * A consequence that the units of {@code series} may follow (可比照执行) when a decision says so: while no
     * {@code decisions/<decision>} fact decides it for such a unit, the consequence is pending for it; granted, it
     * applies; denied, it does not. Units of other series get it as a mandatory consequence.
     *
     * @param decision the name the decision facts give (one decision may cover several consequences, as 漳州 六2's
     *                 bracket covers both its 优秀 and its 合格 sentence)
     */
    public record Elective(String path, List<String> series, String decision) {
    }

    /**
     * Grading by the level applied for (湖北 第三条 自愿申报、逐级晋升；各机关取得省二级、省一级等级证书一年后，符合条件的可申报上一等级的考评):
     * a unit is tried for the grade its {@code applications/<grade>} fact names and no other; a failed promotion
     * keeps the grade it held.
     *
     * @param stepwise  the level applied for is the held grade (复查) or the one just above it in {@code grades}; a unit
     *                  holding none applies for the last (lowest) grade
     * @param waitYears a promotion may be applied for only this many years after the held grade was obtained
     */
    public record Application(String path, String clause, boolean stepwise, Optional<Integer> waitYears) {
    }

    public record Prerequisite(String id, String text) {

        /** The one field a {@code prerequisites/<id>} fact has beyond the common part. */
        public static final FieldDescription MET = FieldDescription.required("met", FieldType.Scalar.BOOLEAN,
                "whether the prerequisite is met");
    }
}
