package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The totals-only path ({@link PreparedScheme#standings}) and the one-unit explanation
 * ({@link PreparedScheme#explain}) give exactly what the full evaluation gives: the same totals,
 * part totals, ranks, grades, awards, outcomes and notes (BigDecimal scale included), and the same
 * explanation tree, wording included, for every unit.
 */
class StandingsAndExplainTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2009})
    void generatedCycles(long seed) {
        assertSame(Fixture.ENGINE.prepare(CycleGenerator.scheme()), CycleGenerator.facts(3000, seed));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20_000})
    void theBenchmarkCycle(int facts) {
        assertSame(Fixture.ENGINE.prepare(CycleGenerator.scheme()), CycleGenerator.facts(facts, 42));
    }

    /** Every seed scheme with its example (or sample) facts. */
    static Stream<Path> exampleFacts() throws IOException {
        try (Stream<Path> files = Files.walk(SchemeFixtures.tenantSchemes())) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches(".*\\.(example|sample)\\.facts\\.json"))
                    .sorted().toList();
            assertFalse(found.isEmpty());
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFacts")
    void seedSchemes(Path factsFile) {
        String name = factsFile.getFileName().toString().replaceFirst("\\.(example|sample)\\.facts\\.json$", ".scheme.json");
        Scheme scheme = SchemeFixtures.LOADER.load(factsFile.resolveSibling(name)).orThrow();
        assertSame(Fixture.ENGINE.prepare(scheme), SchemeFixtures.FACTS.load(factsFile).orThrow());
    }

    private static void assertSame(PreparedScheme prepared, FactSet facts) {
        Evaluation full = prepared.evaluate(facts);
        assertEquals(full.standings(), prepared.standings(facts));
        for (UnitResult unit : full.units()) {
            assertEquals(unit, prepared.explain(facts, unit.unit().code()).orElseThrow(), unit.unit().code());
        }
        assertTrue(prepared.explain(facts, "no such unit").isEmpty());
    }
}
