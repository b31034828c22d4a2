package cn.kaoping.scoring.bench;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.CheckedFacts;
import cn.kaoping.scoring.CycleGenerator;
import cn.kaoping.scoring.Engine;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.PreparedScheme;
import cn.kaoping.scoring.RuleRegistry;
import cn.kaoping.scoring.Standings;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-scoring a 漳州-sized cycle (76 units, 100 leaf indicators, 20,000 facts) against a plain loop
 * that only sums each fact's nominal amount per unit. Not a test: run it as tenant-schemes/BENCHMARK.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {

    private PreparedScheme prepared;
    private FactSet facts;
    private CheckedFacts checked;
    private Map<String, BigDecimal> nominal;

    @Setup
    public void setUp() {
        Scheme scheme = CycleGenerator.scheme();
        prepared = new Engine(RuleRegistry.standard()).prepare(scheme);
        facts = CycleGenerator.facts(20_000, 42);
        checked = prepared.check(facts);
        nominal = new HashMap<>();
        scheme.allRules().forEach(r -> nominal.put(r.ref(), nominalAmount(r)));
    }

    /** The whole engine: facts checked, every unit scored with explanations, ranked and graded. */
    @Benchmark
    public Evaluation engine() {
        return prepared.evaluate(facts);
    }

    /** Totals only: facts checked, every unit scored without explanations, ranked and graded. */
    @Benchmark
    public Standings standings() {
        return prepared.standings(facts);
    }

    /** The facts checked and filed by unit and rule, nothing scored. */
    @Benchmark
    public CheckedFacts check() {
        return prepared.check(facts);
    }

    /** A re-score of facts checked before (stored facts): no fact read or checked again. */
    @Benchmark
    public Standings standingsChecked() {
        return prepared.standings(checked);
    }

    /** The floor: one map lookup, one multiplication and one sum per fact, no rules at all. */
    @Benchmark
    public Map<String, BigDecimal> plainLoop() {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Fact f : facts.facts()) {
            BigDecimal amount = nominal.get(f.rule()).multiply(BigDecimal.valueOf(f.count()));
            totals.merge(f.unit(), amount, BigDecimal::add);
        }
        return totals;
    }

    private static BigDecimal nominalAmount(Rule rule) {
        return rule.points().orElse(BigDecimal.ONE);
    }
}
