package cn.kaoping.cycle;

import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scheme's indicators by code, each with the applicability of it and its ancestors
 * (FORMAT.md §3 {@code appliesTo}: a node that does not apply to a unit does not exist for it).
 */
public final class Indicators {

    /** An indicator and what it applies to (every one of the list must include the unit). */
    public record Placed(Indicator indicator, List<Indicator.Applicability> appliesTo) {

        public boolean appliesTo(Scheme.Unit unit) {
            return appliesTo.stream().allMatch(a -> a.includes(unit));
        }

        /** The references of the indicator's own rules. */
        public Set<String> rules() {
            return indicator.rules().stream().map(Rule::ref).collect(Collectors.toUnmodifiableSet());
        }

        public boolean leaf() {
            return indicator.children().isEmpty();
        }
    }

    private final Map<String, Placed> byCode = new LinkedHashMap<>();

    Indicators(Scheme scheme) {
        scheme.indicators().forEach(i -> walk(i, List.of()));
    }

    private void walk(Indicator indicator, List<Indicator.Applicability> above) {
        List<Indicator.Applicability> applies = new ArrayList<>(above);
        indicator.appliesTo().ifPresent(applies::add);
        byCode.put(indicator.code(), new Placed(indicator, List.copyOf(applies)));
        indicator.children().forEach(c -> walk(c, applies));
    }

    public Optional<Placed> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every indicator, parents before their children, in scheme order. */
    public List<Placed> all() {
        return List.copyOf(byCode.values());
    }
}
