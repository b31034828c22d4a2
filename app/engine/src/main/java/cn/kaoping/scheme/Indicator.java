package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node of the indicator tree (一级/二级/三级指标), of any depth.
 *
 * @param path           JSON path in the scheme file, for messages
 * @param points         分值; absent on a grouping node (then its children's points add up) and on
 *                       bonus nodes without a share of the total
 * @param floor          absent: {@code zero} for a deduct node with points, else {@code none}
 * @param maxDeduction   最高扣分值: cap on the node's deductions (its own and its children's)
 * @param maxBonus       cap on the node's bonuses (累计加分不超过10分)
 * @param childrenMustSum the children's points must add up to this node's points
 * @param dedupe         facts with the same matter in the rules of this node and its descendants count
 *                       once, at the highest
 * @param jointWork      主办/联办 shares for this node's and its descendants' rules
 * @param dated          facts of the rules of this node and its descendants need a date within the scheme's period
 *                       (漳州 以上扣分以被责任追究时间为准; 以上奖励性项目以当年时间为准)
 * @param evidenceBasis  the document the facts of the rules below rest on; each needs its evidence (桂林 14
 *                       以上扣分项目以市委督查和绩效考评办公室通报为依据)
 */
public record Indicator(String path, String code, String name, Optional<String> description,
                        Optional<BigDecimal> points, Mode mode, Optional<Floor> floor,
                        Optional<BigDecimal> maxDeduction, Optional<BigDecimal> maxBonus,
                        boolean childrenMustSum, Dedupe dedupe, Optional<JointWork> jointWork,
                        Responsibility responsibility, Optional<Applicability> appliesTo,
                        List<Rule> rules, List<Indicator> children, boolean dated, Optional<String> evidenceBasis) {

    public Stream<Indicator> subtree() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::subtree));
    }

    /** The declared points, else the sum of the children that have points (ignoring applicability). */
    public Optional<BigDecimal> pointsOrChildrenSum() {
        if (points.isPresent()) {
            return points;
        }
        return children.stream().map(Indicator::pointsOrChildrenSum).flatMap(Optional::stream).reduce(BigDecimal::add);
    }

    /** The floor that applies when none is written: 扣完为止 for an item that has points to lose. */
    public Floor floorOrDefault(boolean hasPoints) {
        return floor.orElse(mode == Mode.DEDUCT && hasPoints ? Floor.ZERO : Floor.NONE);
    }

    /**
     * Who scores and who answers for the item (桂林: 考核单位, 责任科室, 责任领导; 武进: 配合科室).
     *
     * @param responsibleUnit the unit whose 责任科室 and 责任领导 these are (桂林: the 审计局's 责任表);
     *                        empty: every unit's. Inherited by the children
     */
    public record Responsibility(Optional<Assessor> assessingAgency, Optional<String> responsibleDepartment,
                                 Optional<String> responsibleLeader, List<String> cooperatingDepartments,
                                 Optional<String> responsibleUnit) {
    }

    /** The node applies to units of these series and to these units (either list may be empty). */
    public record Applicability(List<String> series, List<String> units) {

        public boolean includes(Scheme.Unit unit) {
            return units.contains(unit.code()) || unit.series().map(series::contains).orElse(false);
        }
    }

    /** 主办/联办 shares as fractions (0.8 / 0.2). */
    public record JointWork(BigDecimal lead, BigDecimal co) {

        public BigDecimal share(JointWorkRole role) {
            return role == JointWorkRole.LEAD ? lead : co;
        }
    }
}
