package cn.kaoping.cycle;

import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The assessing agencies (考评主体/考核科室) a scheme names, and which of them scores each rule:
 * an indicator's {@code assessingAgency}, else its nearest ancestor's. A value listing several
 * with 、 or ；(武进: "人教科、党委办"; 漳州: "第一系列：市委办；第二系列：市政府办；第三系列：市效能办")
 * names each of them, without the label before a ：(第一系列：, 重点督查：); any of them may
 * score the indicator (which series each scores is not checked: the scheme says it in prose).
 * Scheme-level rules (vetoes, prerequisites) and indicators without an agency have none.
 */
public final class Agencies {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、；;]");
    private static final Pattern LABEL = Pattern.compile("^.*[：:]");

    private final Set<String> all = new LinkedHashSet<>();
    private final Map<String, Set<String>> byRule = new HashMap<>();
    private final Map<String, Set<String>> byIndicator = new HashMap<>();

    Agencies(Scheme scheme) {
        scheme.indicators().forEach(i -> walk(i, Set.of()));
    }

    private void walk(Indicator indicator, Set<String> inherited) {
        Set<String> own = indicator.responsibility().assessingAgency().map(Agencies::split).orElse(inherited);
        all.addAll(own);
        byIndicator.put(indicator.code(), own);
        for (Rule rule : indicator.rules()) {
            byRule.put(rule.ref(), own);
        }
        indicator.children().forEach(c -> walk(c, own));
    }

    private static Set<String> split(String value) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(LIST_SEPARATOR.split(value)).map(part -> LABEL.matcher(part).replaceFirst("").strip())
                .filter(s -> !s.isEmpty()).forEach(names::add);
        return Collections.unmodifiableSet(names);
    }

    /** Whether {@code ruleRef} is a rule of an indicator (not a veto or prerequisite of the scheme, nor unknown). */
    public boolean indicatorRule(String ruleRef) {
        return byRule.containsKey(ruleRef);
    }

    /** Every agency, in the order the scheme first names them. */
    public List<String> all() {
        return List.copyOf(all);
    }

    /** The agencies that score the rule {@code <indicator>/<rule id>}; empty for none (or an unknown rule). */
    public Set<String> ofRule(String ruleRef) {
        return byRule.getOrDefault(ruleRef, Set.of());
    }

    public Set<String> ofIndicator(String code) {
        return byIndicator.getOrDefault(code, Set.of());
    }

    public Optional<String> first(String ruleRef) {
        return ofRule(ruleRef).stream().sorted().findFirst();
    }
}
