package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed from one scheme to another, by structure rather than by text: indicators (by
 * code) and rules (by ref) added, removed or changed, each with its points before and after and
 * the properties that differ, and which parts of the scheme itself changed. Where a node or rule
 * stands in the file does not count; a rule moved to another indicator has another ref, so it is
 * removed there and added here.
 *
 * @param scheme     the scheme's own properties that differ ({@code id}, {@code year}, {@code units}, {@code results}, …)
 * @param indicators indicators added, removed or changed: those of the newer scheme in tree order, then the removed ones
 * @param rules      rules added, removed or changed, in the same order (scheme-level vetoes last)
 */
public record SchemeDiff(List<String> scheme, List<Entry> indicators, List<Entry> rules) {

    /** What happened to an indicator or a rule. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One indicator or rule that differs.
     *
     * @param key     the indicator's code or the rule's ref ({@code 3/r2}, {@code vetoes/v1})
     * @param name    the indicator's name or the rule's clause, as the newer scheme has it (else the older)
     * @param before  its points in the older scheme (absent when added, or when it declares none)
     * @param after   its points in the newer scheme (absent when removed, or when it declares none)
     * @param changed the properties that differ, for a changed one ({@code points}, {@code params}, {@code parent}, …)
     */
    public record Entry(String key, String name, Change change, Optional<BigDecimal> before, Optional<BigDecimal> after,
                        List<String> changed) {
    }

    public boolean isEmpty() {
        return scheme.isEmpty() && indicators.isEmpty() && rules.isEmpty();
    }

    /** A named property whose values are compared. */
    private record Property<T>(String name, Function<T, Object> value) {
    }

    private static final List<Property<Scheme>> SCHEME = List.of(
            new Property<>("id", Scheme::id), new Property<>("jurisdiction", Scheme::jurisdiction),
            new Property<>("year", Scheme::year), new Property<>("name", Scheme::name),
            new Property<>("description", Scheme::description), new Property<>("source", Scheme::source),
            new Property<>("totalPoints", Scheme::totalPoints), new Property<>("series", Scheme::series),
            new Property<>("units", Scheme::units), new Property<>("results", Scheme::results),
            new Property<>("period", Scheme::period), new Property<>("approval", Scheme::approval));

    private static final List<Property<Placed>> INDICATOR = List.of(
            new Property<>("parent", Placed::parent), new Property<>("name", p -> p.indicator().name()),
            new Property<>("description", p -> p.indicator().description()),
            new Property<>("points", p -> p.indicator().points()), new Property<>("mode", p -> p.indicator().mode()),
            new Property<>("floor", p -> p.indicator().floor()),
            new Property<>("maxDeduction", p -> p.indicator().maxDeduction()),
            new Property<>("maxBonus", p -> p.indicator().maxBonus()),
            new Property<>("childrenMustSum", p -> p.indicator().childrenMustSum()),
            new Property<>("dedupe", p -> p.indicator().dedupe()), new Property<>("jointWork", p -> p.indicator().jointWork()),
            new Property<>("responsibility", p -> p.indicator().responsibility()),
            new Property<>("appliesTo", p -> p.indicator().appliesTo()),
            new Property<>("evidenceBasis", p -> p.indicator().evidenceBasis()));

    private static final List<Property<Rule>> RULE = List.of(
            new Property<>("kind", Rule::kind), new Property<>("clause", Rule::clause), new Property<>("effect", Rule::effect),
            new Property<>("points", Rule::points), new Property<>("cap", Rule::cap), new Property<>("dedupe", Rule::dedupe),
            new Property<>("exemptSelfReported", Rule::exemptSelfReported),
            new Property<>("multipliers", Rule::multipliers), new Property<>("jointWork", Rule::jointWork),
            new Property<>("params", Rule::params), new Property<>("within", Rule::within),
            new Property<>("evidenceBasis", Rule::evidenceBasis));

    /** An indicator with the code of its parent (empty at the top), since moving a node is a change. */
    private record Placed(Indicator indicator, String parent) {
    }

    public static SchemeDiff between(Scheme before, Scheme after) {
        List<String> scheme = changed(SCHEME, before, after);
        List<Entry> indicators = entries(placed(before), placed(after), p -> p.indicator().name(),
                p -> p.indicator().points(), INDICATOR);
        List<Entry> rules = entries(rules(before), rules(after), Rule::clause, Rule::points, RULE);
        return new SchemeDiff(scheme, indicators, rules);
    }

    private static <T> List<Entry> entries(Map<String, T> before, Map<String, T> after, Function<T, String> name,
                                           Function<T, Optional<BigDecimal>> points, List<Property<T>> properties) {
        List<Entry> entries = new ArrayList<>();
        after.forEach((key, now) -> {
            T was = before.get(key);
            if (was == null) {
                entries.add(new Entry(key, name.apply(now), Change.ADDED, Optional.empty(), points.apply(now), List.of()));
                return;
            }
            List<String> changed = changed(properties, was, now);
            if (!changed.isEmpty()) {
                entries.add(new Entry(key, name.apply(now), Change.CHANGED, points.apply(was), points.apply(now), changed));
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                entries.add(new Entry(key, name.apply(was), Change.REMOVED, points.apply(was), Optional.empty(), List.of()));
            }
        });
        return entries;
    }

    private static <T> List<String> changed(List<Property<T>> properties, T before, T after) {
        return properties.stream()
                .filter(p -> !Objects.equals(comparable(p.value().apply(before)), comparable(p.value().apply(after))))
                .map(Property::name)
                .toList();
    }

    /** Decimals compare by value: {@code "5"} and {@code "5.00"} are the same points. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (value instanceof Optional<?> o) {
            return o.map(SchemeDiff::comparable);
        }
        return value;
    }

    private static Map<String, Placed> placed(Scheme scheme) {
        Map<String, Placed> byCode = new LinkedHashMap<>();
        place(scheme.indicators(), "", byCode);
        return byCode;
    }

    private static void place(List<Indicator> nodes, String parent, Map<String, Placed> byCode) {
        for (Indicator node : nodes) {
            byCode.put(node.code(), new Placed(node, parent));
            place(node.children(), node.code(), byCode);
        }
    }

    private static Map<String, Rule> rules(Scheme scheme) {
        Map<String, Rule> byRef = new LinkedHashMap<>();
        scheme.allRules().forEach(r -> byRef.put(r.ref(), r));
        return byRef;
    }
}
