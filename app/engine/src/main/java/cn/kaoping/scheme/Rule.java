package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One 扣分细则/计分办法 clause: a rule kind (named by its id, e.g. {@code per-occurrence}) with
 * that kind's parameters, plus the properties every rule may carry.
 *
 * @param ref               how facts name the rule: {@code <indicator code>/<rule id>}, or {@code vetoes/<id>}
 * @param clause            the original clause text, verbatim
 * @param points            the rule's share of its indicator (for {@code score} rules and 此项不得分)
 * @param cap               the most the rule may deduct or add (最高扣0.4分)
 * @param exemptSelfReported facts marked selfReported count nothing (本单位自行查处或主动报告的，免予扣分)
 * @param multipliers       condition name → factor (双倍扣分); a fact names its condition
 * @param jointWork         主办/联办 shares; absent: inherited from the nearest indicator that has them
 * @param params            the kind's own parameters, read by the kind
 * @param assessingAgency   who assesses this clause, when not the indicator's assessor (桂林 13.(3): 市委督查和绩效考评办公室)
 * @param providedBy        who provides the information or confirms it (漳州 2(1) 由市法院、市检察院、市公安局提供情况)
 * @param whenNoFact        what no fact for a unit means; absent: {@link NoFact#byDefault}
 * @param within            a window looking back from the end of the scheme's period: only facts dated inside it
 *                          count (湖北 第五条 五 机关两年内没有发生…档案安全事故); the facts need a date
 * @param evidenceBasis     the document the rule's facts rest on, each with its evidence; absent: the nearest indicator's
 */
public record Rule(String path, String ref, String id, String kind, String clause, Effect effect,
                   Optional<BigDecimal> points, Optional<BigDecimal> cap, Dedupe dedupe,
                   boolean exemptSelfReported, Map<String, BigDecimal> multipliers,
                   Optional<Indicator.JointWork> jointWork, RuleParams params,
                   Optional<Assessor> assessingAgency, List<String> providedBy, Optional<NoFact> whenNoFact,
                   Optional<Window> within, Optional<String> evidenceBasis) {

    /** What no fact for a unit means for this rule. */
    public NoFact noFact() {
        return whenNoFact.orElseGet(() -> NoFact.byDefault(effect));
    }

    /**
     * {@code "within": {"years": 2}}: the facts dated in the {@code years} years and {@code months} months up to
     * and including the end of the scheme's period count; older ones are shown but count nothing.
     */
    public record Window(int years, int months) {

        /** The first day inside the window that ends on {@code end}: end − years − months + 1 day. */
        public LocalDate from(LocalDate end) {
            return end.minusYears(years).minusMonths(months).plusDays(1);
        }

        @Override
        public String toString() {
            return (years > 0 ? years + "年" : "") + (months > 0 ? months + "个月" : "") + "内";
        }
    }
}
