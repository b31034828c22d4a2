package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.KindDescription;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Range;
import cn.kaoping.scheme.RuleParams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A kind's description names exactly the parameters its parse reads; fact fields have one type across kinds. */
class KindDescriptionsTest {

    private static final RuleRegistry KINDS = RuleRegistry.standard();

    @Test
    void eachKindDescribesTheParametersItReads() {
        for (KindDescription d : KINDS.descriptions()) {
            Recording in = new Recording();
            KINDS.kind(d.id()).orElseThrow().parse(in);
            assertEquals(d.parameters().stream().map(FieldDescription::name).collect(Collectors.toCollection(TreeSet::new)),
                    in.asked, d.id());
        }
    }

    @Test
    void aFactFieldNameMeansOneTypeForAllKinds() {
        RuleProvider<?, ?> text = new TestKind(FieldDescription.optional("value", FieldType.Scalar.TEXT, ""));
        List<RuleProvider<?, ?>> kinds = List.of(KINDS.kind("rate-tiers").orElseThrow(), text);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RuleRegistry(kinds));
        assertEquals("fact field value is NUMBER and TEXT", e.getMessage());
    }

    /** A kind that reads one fact field, for the registry's check. */
    private static final class TestKind extends RuleProvider<RuleParams, cn.kaoping.scheme.FactValues> {

        TestKind(FieldDescription field) {
            super("test", RuleParams.class, "", List.of(), List.of(field), Effect.DEDUCT);
        }

        @Override
        public RuleParams parse(Params in) {
            return RuleParams.NONE;
        }

        @Override
        protected cn.kaoping.scheme.FactValues read(FactFields fields) {
            return new cn.kaoping.scheme.FactValues() { };
        }

        @Override
        protected List<EntryField> entry(RuleParams params, java.util.Optional<java.math.BigDecimal> share) {
            return List.of();
        }

        @Override
        protected List<Occurrence> occurrences(RuleParams params, RuleInput<cn.kaoping.scheme.FactValues> in) {
            return List.of();
        }
    }

    /** Params that have nothing and remember every top-level field asked for. */
    private static final class Recording implements Params {
        final Set<String> asked = new TreeSet<>();

        private <T> T ask(String field, T nothing) {
            asked.add(field);
            return nothing;
        }

        @Override
        public String path() {
            return "";
        }

        @Override
        public String pathOf(String field) {
            return field;
        }

        @Override
        public void problem(String field, String message) {
        }

        @Override
        public boolean has(String field) {
            return ask(field, false);
        }

        @Override
        public Optional<String> text(String field) {
            return ask(field, Optional.empty());
        }

        @Override
        public String requiredText(String field) {
            return ask(field, "");
        }

        @Override
        public List<String> texts(String field) {
            return ask(field, List.of());
        }

        @Override
        public Optional<Boolean> bool(String field) {
            return ask(field, Optional.empty());
        }

        @Override
        public <E extends Enum<E> & Keyword> Optional<E> keyword(String field, Class<E> type) {
            return ask(field, Optional.empty());
        }

        @Override
        public Optional<BigDecimal> amount(String field) {
            return ask(field, Optional.empty());
        }

        @Override
        public BigDecimal requiredAmount(String field) {
            return ask(field, BigDecimal.ZERO);
        }

        @Override
        public Optional<BigDecimal> number(String field) {
            return ask(field, Optional.empty());
        }

        @Override
        public BigDecimal requiredNumber(String field) {
            return ask(field, BigDecimal.ONE);
        }

        @Override
        public Optional<Integer> integer(String field, int min) {
            return ask(field, Optional.empty());
        }

        @Override
        public Optional<Range> range(String field) {
            return ask(field, Optional.empty());
        }

        @Override
        public Range requiredRange(String field) {
            throw new UnsupportedOperationException(field);
        }

        @Override
        public Map<String, BigDecimal> amounts(String field) {
            return ask(field, Map.of());
        }

        @Override
        public List<Params> objects(String field) {
            return ask(field, List.of());
        }

        @Override
        public Optional<Params> object(String field) {
            return ask(field, Optional.empty());
        }
    }
}
