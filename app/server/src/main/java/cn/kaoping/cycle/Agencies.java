package cn.kaoping.cycle;

import cn.kaoping.scheme.Assessors;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The assessing agencies (考评主体/考核科室) a scheme names, and which of them enter the facts of
 * each rule for a unit: the engine's {@link Assessors} (the rule's own {@code assessingAgency},
 * else the nearest indicator's for the unit's series — 漳州 第一系列：市委办；第二系列：市政府办 —
 * and a rule's 提供情况/认定 source before its assessor). A value listing several with 、 or ；
 * (武进: "人教科、党委办") names each of them, without a label before a ：(重点督查：); any of them
 * may enter the rule's facts. Scheme-level rules (vetoes, prerequisites) and rules no agency
 * assesses have none: the scheme admin enters them.
 */
public final class Agencies {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、；;]");
    private static final Pattern LABEL = Pattern.compile("^.*[：:]");

    private final Assessors assessors;
    private final Set<String> indicatorRules = new HashSet<>();
    private final Map<String, List<String>> rulesOfIndicator = new HashMap<>();
    private final List<String> all;
    /**
     * Each name as the scheme writes it (武进 "人教科、党委办") with the agencies it names, split once
     * when the scheme is read: an {@code Agencies} is shared by every entry into the scheme's cycles.
     */
    private final Map<String, Set<String>> named;

    public static Agencies of(Scheme scheme) {
        return new Agencies(scheme);
    }

    Agencies(Scheme scheme) {
        assessors = Assessors.of(scheme);
        scheme.indicators().forEach(this::walk);
        Map<String, Set<String>> split = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        assessors.agencies().forEach(a -> names.addAll(split.computeIfAbsent(a, Agencies::split)));
        indicatorRules.forEach(ref -> assessors.providedBy(ref)
                .forEach(p -> names.addAll(split.computeIfAbsent(p, Agencies::split))));
        named = Map.copyOf(split);
        all = List.copyOf(names);
    }

    private void walk(Indicator indicator) {
        List<String> refs = indicator.rules().stream().map(Rule::ref).toList();
        rulesOfIndicator.put(indicator.code(), refs);
        indicatorRules.addAll(refs);
        indicator.children().forEach(this::walk);
    }

    private static Set<String> split(String value) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(LIST_SEPARATOR.split(value)).map(part -> LABEL.matcher(part).replaceFirst("").strip())
                .filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    private Set<String> named(String value) {
        Set<String> known = named.get(value);
        return known != null ? known : split(value);
    }

    /** Whether {@code ruleRef} is a rule of an indicator (not a veto or prerequisite of the scheme, nor unknown). */
    public boolean indicatorRule(String ruleRef) {
        return indicatorRules.contains(ruleRef);
    }

    /** Every agency, in the order the scheme first names them (assessors, then information sources). */
    public List<String> all() {
        return all;
    }

    /** The agencies that enter the facts of the rule {@code <indicator>/<rule id>} for the unit; empty for none. */
    public Set<String> ofRule(String ruleRef, Scheme.Unit unit) {
        Set<String> names = new LinkedHashSet<>();
        assessors.enteredBy(ruleRef, unit).forEach(v -> names.addAll(named(v)));
        return names;
    }

    /** The agencies that enter facts of any rule of the indicator for the unit. */
    public Set<String> ofIndicator(String code, Scheme.Unit unit) {
        Set<String> names = new LinkedHashSet<>();
        rulesOfIndicator.getOrDefault(code, List.of()).forEach(ref -> names.addAll(ofRule(ref, unit)));
        return names;
    }
}
