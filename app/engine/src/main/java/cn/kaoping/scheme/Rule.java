package cn.kaoping.scheme;

import java.math.BigDecimal;
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
 */
public record Rule(String path, String ref, String id, String kind, String clause, Effect effect,
                   Optional<BigDecimal> points, Optional<BigDecimal> cap, Dedupe dedupe,
                   boolean exemptSelfReported, Map<String, BigDecimal> multipliers,
                   Optional<Indicator.JointWork> jointWork, RuleParams params) {
}
