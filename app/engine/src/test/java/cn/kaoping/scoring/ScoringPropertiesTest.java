package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Floor;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Mode;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants over random facts (fixed seeds, so a failure reproduces): caps are never exceeded,
 * floors hold, every indicator's score is accounted for by its children, rules and adjustments,
 * the total is the sum of the parts, and the ranking within each series is a competition ranking.
 */
class ScoringPropertiesTest {

    private static Scheme scheme;
    private static PreparedScheme prepared;
    private static final Map<String, Indicator> INDICATORS = new HashMap<>();
    private static final Map<String, Rule> RULES = new HashMap<>();

    @BeforeAll
    static void prepare() {
        scheme = CycleGenerator.scheme();
        prepared = Fixture.ENGINE.prepare(scheme);
        scheme.allIndicators().forEach(i -> INDICATORS.put(i.code(), i));
        scheme.allRules().forEach(r -> RULES.put(r.ref(), r));
    }

    private static Evaluation evaluate(long seed) {
        return prepared.evaluate(CycleGenerator.facts(3000, seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2009})
    void capsAreNeverExceededAndFloorsHold(long seed) {
        for (UnitResult u : evaluate(seed).units()) {
            forEachNode(u.indicators(), n -> {
                Indicator ind = INDICATORS.get(n.code());
                ind.maxDeduction().ifPresent(max -> assertTrue(n.deducted().compareTo(max) <= 0, n.code()));
                ind.maxBonus().ifPresent(max -> assertTrue(n.bonus().compareTo(max) <= 0, n.code()));
                if (ind.mode() == Mode.BONUS) {
                    ind.points().ifPresent(max -> assertTrue(n.bonus().compareTo(max) <= 0, n.code()));
                }
                if (ind.floorOrDefault(n.points().isPresent()) != Floor.NONE) {
                    assertTrue(n.score().signum() >= 0, n.code() + " " + n.score());
                }
                for (RuleOutcome r : n.rules()) {
                    RULES.get(r.rule()).cap().ifPresent(cap -> assertTrue(r.amount().compareTo(cap) <= 0, r.rule()));
                    assertTrue(r.amount().signum() >= 0, r.rule());
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2009})
    void everyPointIsAccountedFor(long seed) {
        for (UnitResult u : evaluate(seed).units()) {
            forEachNode(u.indicators(), n -> assertEquals(0, explained(n).compareTo(n.score()), u.unit().code() + " " + n.code()));
            BigDecimal parts = u.indicators().stream().map(NodeResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, parts.subtract(u.carried()).subtract(u.vetoCost()).compareTo(u.total()), u.unit().code());
            BigDecimal carried = u.indicators().stream().map(NodeResult::carried).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, carried.compareTo(u.carried()));
        }
    }

    /** The score rebuilt from what the explanation says: start, children, rules, then each adjustment. */
    private static BigDecimal explained(NodeResult n) {
        Indicator ind = INDICATORS.get(n.code());
        BigDecimal childPoints = n.children().stream().map(NodeResult::points).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal s = ind.mode() == Mode.DEDUCT ? ind.points().map(p -> p.subtract(childPoints)).orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
        for (NodeResult c : n.children()) {
            s = s.add(c.score());
        }
        for (RuleOutcome r : n.rules()) {
            if (r.effect() == Effect.BONUS) {
                s = s.add(r.amount());
            } else if (r.effect() != Effect.CREDIT) {
                s = s.subtract(r.amount());
            }
        }
        for (Adjustment a : n.adjustments()) {
            switch (a.type()) {
                case MAX_DEDUCTION, CREDIT, FLOOR -> s = s.add(a.amount());
                case MAX_BONUS -> s = s.subtract(a.amount());
                default -> { }
            }
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2009})
    void rankingIsACompetitionRankingWithinEachSeries(long seed) {
        Map<String, List<UnitResult>> bySeries = evaluate(seed).units().stream()
                .collect(Collectors.groupingBy(u -> u.unit().series().orElseThrow()));
        assertEquals(3, bySeries.size());
        for (List<UnitResult> series : bySeries.values()) {
            List<Integer> ranks = series.stream().map(u -> u.rank().orElseThrow()).toList();
            for (int i = 0; i < series.size(); i++) {
                UnitResult u = series.get(i);
                long higher = series.stream().filter(v -> v.total().compareTo(u.total()) > 0).count();
                assertEquals(1 + higher, (long) ranks.get(i), u.unit().code());
                assertEquals(series.size(), u.rankedOf());
                if (i > 0) {
                    assertTrue(series.get(i - 1).total().compareTo(u.total()) >= 0, "listed in rank order");
                }
            }
            long excellent = series.stream().filter(u -> u.grade().equals(Optional.of("优秀"))).count();
            assertTrue(excellent >= Math.min(5, series.size()) || series.stream().anyMatch(u -> !u.barredFrom().isEmpty()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void theOrderOfTheFactsDoesNotChangeTheScores(long seed) {
        FactSet facts = CycleGenerator.facts(2000, seed);
        List<cn.kaoping.scheme.Fact> shuffled = new ArrayList<>(facts.facts());
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, BigDecimal> a = totals(prepared.evaluate(facts));
        Map<String, BigDecimal> b = totals(prepared.evaluate(new FactSet(facts.scheme(), facts.units(), shuffled)));
        assertEquals(a, b);
    }

    private static Map<String, BigDecimal> totals(Evaluation e) {
        return e.units().stream().collect(Collectors.toMap(u -> u.unit().code(), u -> u.total().stripTrailingZeros()));
    }

    private static void forEachNode(List<NodeResult> nodes, java.util.function.Consumer<NodeResult> f) {
        for (NodeResult n : nodes) {
            f.accept(n);
            forEachNode(n.children(), f);
        }
    }
}
