package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Dedupe;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Floor;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Mode;
import cn.kaoping.scheme.NoFact;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scores one unit: every applicable rule's facts become lines (exemptions, multipliers,
 * joint-work shares, rounding), dedupe runs over rules and subtrees, then indicators are summed
 * bottom-up with caps, credits and floors (FORMAT.md §3–§4). Explained, it also builds the
 * unit's explanation tree (rules, lines, adjustments); unexplained, the same code computes the
 * same totals without it.
 */
final class UnitScorer {

    private final Scheme.Unit unit;
    private final List<CheckedFact<?>>[] facts;
    private final RuleWork[] works;
    private final boolean explained;
    private final Scheme.Period period;
    private final Set<String> barredFrom = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    /** Required rules without facts (whenNoFact: required), rare: allocated on the first. */
    private List<String> missing = List.of();

    /**
     * @param facts     the unit's facts by rule index (null: none)
     * @param explained whether to build the explanation tree
     * @param period    the scheme's period, which kinds counting per month read
     */
    UnitScorer(Scheme.Unit unit, List<CheckedFact<?>>[] facts, boolean explained, Scheme.Period period) {
        this.unit = unit;
        this.period = period;
        this.facts = facts;
        this.works = new RuleWork[facts.length];
        this.explained = explained;
    }

    /** A unit's scores before ranking; {@code indicators} and {@code vetoes} are empty when not explained. */
    record Scored(Scheme.Unit unit, BigDecimal points, BigDecimal total, BigDecimal carried, BigDecimal vetoCost,
                  List<Standing.Part> parts, List<NodeResult> indicators, List<RuleOutcome> vetoes,
                  List<String> barredFrom, List<String> notes, List<String> missing) {
    }

    Scored score(PreparedScheme prepared) {
        List<PreparedScheme.Node> top = applicable(prepared.nodes());
        for (int i = 0; i < top.size(); i++) {
            collect(top.get(i));
        }
        List<RuleSlot> vetoSlots = prepared.vetoes();
        for (int i = 0; i < vetoSlots.size(); i++) {
            work(vetoSlots.get(i));
        }
        for (RuleWork w : works) {
            if (w != null && w.slot.rule().dedupe() == Dedupe.MATTER_HIGHEST) {
                dedupe(w.lines);
            }
        }
        for (int i = 0; i < top.size(); i++) {
            dedupeSubtrees(top.get(i));
        }
        List<NodeResult> nodes = new ArrayList<>(top.size());
        for (PreparedScheme.Node n : top) {
            nodes.add(aggregate(n));
        }
        List<RuleOutcome> vetoes = new ArrayList<>();
        BigDecimal vetoCost = BigDecimal.ZERO;
        for (RuleSlot slot : prepared.vetoes()) {
            RuleWork w = works[slot.index()];
            if (w != null && (!w.lines.isEmpty() || !w.adjustments.isEmpty())) { // fired, or facts before its window shown
                if (explained) {
                    vetoes.add(w.outcome());
                }
                vetoCost = vetoCost.add(w.amount());
            }
        }
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal carried = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        List<Standing.Part> parts = new ArrayList<>(nodes.size());
        for (NodeResult n : nodes) {
            points = n.points().map(points::add).orElse(points);
            carried = plus(carried, n.carried());
            total = plus(total, n.score());
            parts.add(new Standing.Part(n.code(), n.name(), n.points(), n.score()));
        }
        total = total.subtract(carried).subtract(vetoCost);
        return new Scored(unit, points, total, carried, vetoCost, parts, explained ? nodes : List.of(), vetoes,
                List.copyOf(barredFrom), notes, missing);
    }

    private boolean applies(Indicator indicator) {
        return indicator.appliesTo().isEmpty() || indicator.appliesTo().get().includes(unit);
    }

    private List<PreparedScheme.Node> applicable(List<PreparedScheme.Node> nodes) {
        List<PreparedScheme.Node> out = new ArrayList<>(nodes.size());
        for (PreparedScheme.Node n : nodes) {
            if (applies(n.indicator())) {
                out.add(n);
            }
        }
        return out;
    }

    private void collect(PreparedScheme.Node node) {
        List<RuleSlot> rules = node.rules();
        for (int i = 0; i < rules.size(); i++) {
            work(rules.get(i));
        }
        List<PreparedScheme.Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            if (applies(children.get(i).indicator())) {
                collect(children.get(i));
            }
        }
    }

    /** Steps 1–3 of FORMAT.md §4: exemptions and facts before the window, the kind's amounts, multiplier, share, rounding. */
    private void work(RuleSlot slot) {
        List<CheckedFact<?>> all = facts[slot.index()];
        if (all == null && !slot.provider().scoresWithoutFacts()) {
            return;
        }
        if (all == null) {
            all = List.of();
        }
        RuleWork w = new RuleWork(slot);
        works[slot.index()] = w;
        List<CheckedFact<?>> counted = all;
        if (slot.rule().exemptSelfReported() && all.stream().anyMatch(f -> f.fact().selfReported())) {
            counted = all.stream().filter(f -> !f.fact().selfReported()).toList();
            if (explained) {
                List<CheckedFact<?>> exempt = all.stream().filter(f -> f.fact().selfReported()).toList();
                w.adjust(Adjustment.exempt(spared(slot, exempt), exempt.stream().map(CheckedFact::fact).toList()));
            }
        }
        if (slot.windowFrom().isPresent()) {
            // 湖北 第五条 五 机关两年内没有发生…: what happened before the window counts nothing
            LocalDate from = slot.windowFrom().get();
            List<CheckedFact<?>> older = counted.stream().filter(f -> f.fact().date().map(from::isAfter).orElse(false)).toList();
            if (!older.isEmpty()) {
                counted = counted.stream().filter(f -> !older.contains(f)).toList();
                if (explained) {
                    w.adjust(Adjustment.outsideWindow(spared(slot, older), older.stream().map(CheckedFact::fact).toList(),
                            slot.rule().within().orElseThrow(), from));
                }
            }
        }
        List<Occurrence> occurrences = slot.provider().score(input(slot, counted));
        w.lines.ensureCapacity(occurrences.size());
        for (int i = 0; i < occurrences.size(); i++) {
            w.add(modified(slot, occurrences.get(i)));
        }
        List<String> bars = slot.provider().bars(slot.rule().params());
        if (!bars.isEmpty() && !counted.isEmpty()) {
            barredFrom.addAll(bars);
            notes.add("一票否决（" + slot.rule().ref() + "）：不得评为" + String.join("、", bars));
        }
    }

    /** What facts set aside would have counted. */
    private BigDecimal spared(RuleSlot slot, List<CheckedFact<?>> aside) {
        return sum(slot.provider().score(input(slot, aside)).stream().map(o -> modified(slot, o).amount).toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RuleInput<?> input(RuleSlot slot, List<CheckedFact<?>> facts) {
        return new RuleInput(slot.rule(), slot.share(), facts, period);
    }

    /** An occurrence × the fact's condition factor × its joint-work share, rounded HALF_UP to 2 decimals. */
    private static LineWork modified(RuleSlot slot, Occurrence o) {
        if (o.facts().isEmpty()) { // a month without facts, short of its quota
            return new LineWork(o, DecimalText.points(o.amount()), Optional.empty());
        }
        Fact fact = o.facts().get(0);
        Optional<Line.Factor> factor = fact.condition()
                .map(c -> new Line.Factor(slot.rule().multipliers().get(c), c));
        Optional<Line.Share> share = fact.role().flatMap(role -> slot.jointWork().map(j -> new Line.Share(j.share(role), role)));
        if (factor.isEmpty() && share.isEmpty()) {
            return new LineWork(o, DecimalText.points(o.amount()), Optional.empty());
        }
        BigDecimal amount = o.amount().multiply(factor.map(Line.Factor::factor).orElse(BigDecimal.ONE))
                .multiply(share.map(Line.Share::share).orElse(BigDecimal.ONE));
        BigDecimal rounded = DecimalText.points(amount);
        return new LineWork(o, rounded, Optional.of(new Line.Scaled(factor, share, rounded)));
    }

    private void dedupeSubtrees(PreparedScheme.Node node) {
        if (node.indicator().dedupe() == Dedupe.MATTER_HIGHEST) {
            List<LineWork> lines = new ArrayList<>();
            gather(node, lines);
            dedupe(lines);
        }
        List<PreparedScheme.Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            if (applies(children.get(i).indicator())) {
                dedupeSubtrees(children.get(i));
            }
        }
    }

    private void gather(PreparedScheme.Node node, List<LineWork> into) {
        for (RuleSlot r : node.rules()) {
            if (works[r.index()] != null) {
                into.addAll(works[r.index()].lines);
            }
        }
        for (PreparedScheme.Node c : node.children()) {
            if (applies(c.indicator())) {
                gather(c, into);
            }
        }
    }

    /** Lines of one effect, matter and person (none: the matter's facts without a person) compete in dedupe. */
    private record Matter(Effect effect, String matter, Optional<String> person) {

        Matter(LineWork l, String matter) {
            this(l.owner.effect(), matter, l.occurrence.facts().get(0).person());
        }
    }

    /** The higher amount wins; equal, the fact first in the file. */
    private static final Comparator<LineWork> DEDUPE_ORDER = Comparator.comparing((LineWork l) -> l.amount)
            .thenComparing(l -> -l.occurrence.facts().get(0).index());

    /** Of the lines with the same effect and matter only the highest counts (equal: the first fact in the file). */
    private void dedupe(List<LineWork> lines) {
        Map<Matter, LineWork> best = new HashMap<>();
        Matter[] matters = new Matter[lines.size()]; // each line's key made once
        for (int i = 0; i < lines.size(); i++) {
            LineWork l = lines.get(i);
            if (l.occurrence.matter().isPresent()) {
                matters[i] = new Matter(l, l.occurrence.matter().get());
                best.merge(matters[i], l, (a, b) -> DEDUPE_ORDER.compare(a, b) >= 0 ? a : b);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            LineWork l = lines.get(i);
            if (matters[i] == null) {
                continue;
            }
            LineWork winner = best.get(matters[i]);
            if (winner != l && l.amount.signum() > 0) {
                l.owner.dedupeCut = l.owner.dedupeCut.add(l.amount);
                if (explained) {
                    l.sameMatter = Optional.of(new Line.SameMatter(matters[i].matter(), winner.occurrence.facts().get(0), winner.amount));
                }
                l.amount = BigDecimal.ZERO;
            }
        }
    }

    /** Steps of FORMAT.md §3 for one indicator, its children first. */
    private NodeResult aggregate(PreparedScheme.Node node) {
        Indicator ind = node.indicator();
        List<NodeResult> children = explained ? new ArrayList<>() : List.of();
        BigDecimal childPoints = BigDecimal.ZERO;
        boolean childHasPoints = false;
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal carried = BigDecimal.ZERO;
        List<PreparedScheme.Node> nodes = node.children();
        for (int i = 0; i < nodes.size(); i++) {
            if (!applies(nodes.get(i).indicator())) {
                continue;
            }
            NodeResult r = aggregate(nodes.get(i));
            if (explained) {
                children.add(r);
            }
            if (r.points().isPresent()) {
                childHasPoints = true;
                childPoints = childPoints.add(r.points().get());
            }
            score = plus(score, r.score());
            deducted = plus(deducted, r.deducted());
            credited = plus(credited, r.credited());
            bonus = plus(bonus, r.bonus());
            carried = plus(carried, r.carried());
        }
        Optional<BigDecimal> points = ind.points().isPresent() || !childHasPoints ? ind.points() : Optional.of(childPoints);
        if (ind.mode() == Mode.DEDUCT && ind.points().isPresent()) {
            score = score.add(ind.points().get().subtract(childPoints));
        }
        BigDecimal credit = BigDecimal.ZERO;
        List<RuleOutcome> rules = explained ? new ArrayList<>(0) : List.of();
        for (int i = 0; i < node.rules().size(); i++) {
            RuleSlot slot = node.rules().get(i);
            RuleWork w = works[slot.index()];
            if (w == null && slot.noFact() != NoFact.NOTHING && slot.noFact() != NoFact.SHARE) {
                missed(slot);
            }
            if (w == null && slot.rule().effect() != Effect.SCORE && slot.lost().signum() == 0) {
                continue;
            }
            RuleWork work = w == null ? RuleWork.withoutFacts(slot) : w;
            if (explained) {
                rules.add(work.outcome());
            }
            BigDecimal amount = work.amount();
            switch (work.effect()) {
                case DEDUCT, SCORE -> {
                    deducted = plus(deducted, amount);
                    score = minus(score, amount);
                }
                case BONUS -> {
                    bonus = plus(bonus, amount);
                    score = plus(score, amount);
                }
                case CREDIT -> credit = plus(credit, amount);
            }
        }
        List<Adjustment> adjustments = explained ? new ArrayList<>(0) : List.of();
        if (ind.maxDeduction().isPresent() && deducted.compareTo(ind.maxDeduction().get()) > 0) {
            BigDecimal cut = deducted.subtract(ind.maxDeduction().get());
            adjust(adjustments, () -> Adjustment.bounded(Adjustment.Type.MAX_DEDUCTION, cut, ind.maxDeduction().get()));
            deducted = ind.maxDeduction().get();
            score = score.add(cut);
        }
        if (credit.signum() > 0) {
            BigDecimal applied = credit.min(deducted);
            adjust(adjustments, () -> Adjustment.of(Adjustment.Type.CREDIT, applied));
            if (credit.compareTo(applied) > 0) {
                BigDecimal unused = credit.subtract(applied);
                adjust(adjustments, () -> Adjustment.of(Adjustment.Type.CREDIT_UNUSED, unused));
            }
            deducted = deducted.subtract(applied);
            credited = credited.add(applied);
            score = score.add(applied);
        }
        Optional<BigDecimal> bonusCap = ind.mode() == Mode.BONUS ? min(ind.maxBonus(), ind.points()) : ind.maxBonus();
        if (bonusCap.isPresent() && bonus.compareTo(bonusCap.get()) > 0) {
            BigDecimal cut = bonus.subtract(bonusCap.get());
            adjust(adjustments, () -> Adjustment.bounded(Adjustment.Type.MAX_BONUS, cut, bonusCap.get()));
            bonus = bonusCap.get();
            score = score.subtract(cut);
        }
        Floor floor = ind.floorOrDefault(points.isPresent());
        if (score.signum() < 0 && floor != Floor.NONE) {
            BigDecimal cut = score.negate();
            adjust(adjustments, () -> Adjustment.of(Adjustment.Type.FLOOR, cut));
            if (floor == Floor.CARRY_TO_TOTAL) {
                adjust(adjustments, () -> Adjustment.of(Adjustment.Type.CARRY, cut));
                carried = carried.add(cut);
            }
            deducted = deducted.subtract(cut);
            score = BigDecimal.ZERO;
        }
        return new NodeResult(ind.code(), ind.name(), points, score, deducted, credited, bonus, carried, rules,
                adjustments, children);
    }

    /** A required rule without a fact: the unit's result is incomplete. */
    private void missed(RuleSlot slot) {
        if (missing.isEmpty()) {
            missing = new ArrayList<>(2);
        }
        missing.add(slot.rule().ref());
    }

    /** Notes an adjustment in the explanation, when there is one. */
    private void adjust(List<Adjustment> adjustments, Supplier<Adjustment> adjustment) {
        if (explained) {
            adjustments.add(adjustment.get());
        }
    }

    private static Optional<BigDecimal> min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().min(b.get()));
    }

    /**
     * {@code a.add(b)}, equal in value and scale, without a new object when one side is a zero that
     * changes neither (most indicators of most units have nothing credited, added or carried).
     */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** {@code a.subtract(b)}, equal in value and scale, without a new object when b is such a zero. */
    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 && b.scale() <= a.scale() ? a : a.subtract(b);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    /** One line while it is being worked on: dedupe may still zero it. */
    private static final class LineWork {
        final Occurrence occurrence;
        final Optional<Line.Scaled> scaled;
        BigDecimal amount;
        Optional<Line.SameMatter> sameMatter = Optional.empty();
        RuleWork owner;

        LineWork(Occurrence occurrence, BigDecimal amount, Optional<Line.Scaled> scaled) {
            this.occurrence = occurrence;
            this.amount = amount;
            this.scaled = scaled;
        }
    }

    /** One rule for the unit while it is being worked on. */
    private static final class RuleWork {
        final RuleSlot slot;
        final ArrayList<LineWork> lines = new ArrayList<>();
        /** Exemptions and facts before the window, rare: allocated on the first. */
        List<Adjustment> adjustments = List.of();
        BigDecimal dedupeCut = BigDecimal.ZERO;

        RuleWork(RuleSlot slot) {
            this.slot = slot;
        }

        /**
         * The rule for a unit without facts: a deduct rule whose {@code whenNoFact} is share or
         * required loses {@link RuleSlot#lost()}; a score rule whose {@code whenNoFact} is nothing
         * earns its share; otherwise nothing (a score rule earns nothing).
         */
        static RuleWork withoutFacts(RuleSlot slot) {
            RuleWork w = new RuleWork(slot);
            BigDecimal amount = slot.rule().effect() == Effect.SCORE
                    ? slot.noFact() == NoFact.NOTHING ? slot.share().orElseThrow() : BigDecimal.ZERO
                    : slot.lost();
            if (amount.signum() > 0) {
                w.add(new LineWork(new Occurrence(List.of(), amount, Optional.empty(), new Line.NoFacts(slot.rule().effect(),
                        slot.noFact(), amount)), amount, Optional.empty()));
            }
            return w;
        }

        Effect effect() {
            return slot.rule().effect();
        }

        void adjust(Adjustment adjustment) {
            if (adjustments.isEmpty()) {
                adjustments = new ArrayList<>(2);
            }
            adjustments.add(adjustment);
        }

        void add(LineWork line) {
            line.owner = this;
            lines.add(line);
        }

        /** The lines' sum before the cap. */
        private BigDecimal sum() {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                sum = plus(sum, lines.get(i).amount);
            }
            return sum;
        }

        /** The rule's cap; a score rule's earned points are capped at its share too. */
        private Optional<BigDecimal> cap() {
            Optional<BigDecimal> cap = slot.rule().cap();
            if (effect() == Effect.SCORE) {
                BigDecimal share = slot.share().orElseThrow();
                cap = Optional.of(cap.map(share::min).orElse(share));
            }
            return cap;
        }

        /** Steps 5–6 of FORMAT.md §4: the lines' sum after the cap (for a score rule: earned). */
        private BigDecimal counted() {
            BigDecimal sum = sum();
            Optional<BigDecimal> cap = cap();
            return cap.isPresent() && sum.compareTo(cap.get()) > 0 ? cap.get() : sum;
        }

        /** What the rule contributes in its effect: {@link RuleOutcome#amount()}. */
        BigDecimal amount() {
            return effect() == Effect.SCORE ? slot.share().orElseThrow().subtract(counted()) : counted();
        }

        /** {@link #amount()} with its lines and adjustments: dedupe noted, the cap. */
        RuleOutcome outcome() {
            List<Adjustment> adj = new ArrayList<>(adjustments);
            if (dedupeCut.signum() > 0) {
                adj.add(Adjustment.of(Adjustment.Type.DEDUPE, dedupeCut));
            }
            List<Line> out = new ArrayList<>(lines.size());
            for (LineWork l : lines) {
                out.add(new Line(l.occurrence.facts(), l.amount, l.occurrence.why(), l.scaled, l.sameMatter));
            }
            BigDecimal sum = sum();
            BigDecimal counted = counted();
            if (counted.compareTo(sum) < 0) {
                adj.add(Adjustment.bounded(Adjustment.Type.CAP, sum.subtract(counted), counted));
            }
            Rule rule = slot.rule();
            if (effect() == Effect.SCORE) {
                if (out.isEmpty()) {
                    out = List.of(new Line(List.of(), BigDecimal.ZERO, new Line.NoFacts(effect(), slot.noFact(), BigDecimal.ZERO),
                            Optional.empty(), Optional.empty()));
                }
                return new RuleOutcome(rule.ref(), rule.kind(), effect(), rule.clause(), amount(), Optional.of(counted),
                        out, adj);
            }
            return new RuleOutcome(rule.ref(), rule.kind(), effect(), rule.clause(), counted, Optional.empty(), out, adj);
        }
    }
}
