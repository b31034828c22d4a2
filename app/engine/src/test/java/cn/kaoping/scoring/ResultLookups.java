package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reading an {@link Evaluation} in tests: a unit, an indicator anywhere in a unit's tree, a rule's
 * outcome, the adjustments of one type, points compared as numbers. Also the seed worked examples of
 * {@code tenant-schemes}, loaded and scored by the project's own loader and engine. Lookups only: what
 * is scored and how stays in the engine.
 */
public final class ResultLookups {

    /** The engine with the standard rule kinds. */
    public static final Engine ENGINE = new Engine(RuleRegistry.standard());

    private ResultLookups() {
    }

    /** A seed scheme and the evaluation of its worked-example facts. */
    public record WorkedExample(Scheme scheme, Evaluation evaluation) {
    }

    /**
     * Loads a scheme and a facts file, both named relative to {@code tenant-schemes} (e.g.
     * {@code "changde/dangjian.scheme.json"}), and evaluates the one on the other.
     */
    public static WorkedExample seed(String schemeFile, String factsFile) {
        Path dir = SchemeFixtures.tenantSchemes();
        Scheme scheme = SchemeFixtures.LOADER.load(dir.resolve(schemeFile)).orThrow();
        FactSet facts = SchemeFixtures.FACTS.load(dir.resolve(factsFile)).orThrow();
        return new WorkedExample(scheme, ENGINE.evaluate(scheme, facts));
    }

    /**
     * A facts file of {@code tenant-schemes} with more facts appended (JSON objects, single quotes for
     * double quotes): the worked example plus a decision, say.
     */
    public static FactSet exampleWith(String factsFile, String facts) {
        try {
            String text = Files.readString(SchemeFixtures.tenantSchemes().resolve(factsFile));
            int end = text.lastIndexOf(']');
            return SchemeFixtures.FACTS.load(new StringReader(text.substring(0, end) + ", " + facts.replace('\'', '"')
                    + text.substring(end))).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UnitResult unit(Evaluation e, String code) {
        return e.unit(code).orElseThrow(() -> new AssertionError("no unit " + code));
    }

    /** The indicator {@code code} at any depth of the unit's tree. */
    public static NodeResult node(UnitResult u, String code) {
        return find(u.indicators(), code).orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    /** The indicator {@code code} at any depth of the tree of {@code unit} in {@code e}. */
    public static NodeResult node(Evaluation e, String unit, String code) {
        return find(unit(e, unit).indicators(), code)
                .orElseThrow(() -> new AssertionError("no indicator " + code + " for " + unit));
    }

    /** The node {@code code} among {@code nodes} and their descendants, depth first; empty where it does not apply. */
    public static Optional<NodeResult> find(List<NodeResult> nodes, String code) {
        for (NodeResult n : nodes) {
            if (n.code().equals(code)) {
                return Optional.of(n);
            }
            Optional<NodeResult> inner = find(n.children(), code);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** The outcome of rule {@code ref} (e.g. {@code "2.1/r8"}) on indicator {@code n}. */
    public static RuleOutcome rule(NodeResult n, String ref) {
        return n.rules().stream().filter(r -> r.rule().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + ref));
    }

    /** The outcome of rule {@code ref} on the unit's indicator named by the part of {@code ref} before the slash. */
    public static RuleOutcome rule(UnitResult u, String ref) {
        return rule(node(u, ref.substring(0, ref.indexOf('/'))), ref);
    }

    /** The sum of the adjustments of one type. */
    public static BigDecimal adjusted(List<Adjustment> adjustments, Adjustment.Type type) {
        return adjustments.stream().filter(a -> a.type() == type).map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The scores of the unit's top-level indicators, as plain numbers without trailing zeros. */
    public static List<String> topScores(UnitResult u) {
        return u.indicators().stream().map(n -> n.score().stripTrailingZeros().toPlainString()).toList();
    }

    /** Points compared as numbers: {@code "10"} equals {@code 10.00}. */
    public static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
