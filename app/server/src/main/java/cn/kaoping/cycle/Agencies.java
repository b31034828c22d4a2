package cn.kaoping.cycle;

import cn.kaoping.scheme.Assessors;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessing agencies (考评主体/考核科室) a scheme names, and which of them enter the facts of
 * each rule for a unit: the engine's {@link Assessors} (the rule's own {@code assessingAgency},
 * else the nearest indicator's for the unit's series — 漳州 第一系列：市委办；第二系列：市政府办 —
 * and a rule's 提供情况/认定 source before its assessor). Where the scheme names several (武进
 * ["人教科", "党委办"]), any of them may enter the rule's facts. Scheme-level rules (vetoes,
 * prerequisites) and rules no agency assesses have none: the scheme admin enters them.
 */
public final class Agencies {

    private final Assessors assessors;
    private final Set<String> indicatorRules = new HashSet<>();
    private final Map<String, List<String>> rulesOfIndicator = new HashMap<>();
    private final List<String> all;

    public static Agencies of(Scheme scheme) {
        return new Agencies(scheme);
    }

    Agencies(Scheme scheme) {
        assessors = Assessors.of(scheme);
        scheme.indicators().forEach(this::walk);
        Set<String> names = new LinkedHashSet<>(assessors.agencies());
        indicatorRules.forEach(ref -> names.addAll(assessors.providedBy(ref)));
        all = List.copyOf(names);
    }

    private void walk(Indicator indicator) {
        List<String> refs = indicator.rules().stream().map(Rule::ref).toList();
        rulesOfIndicator.put(indicator.code(), refs);
        indicatorRules.addAll(refs);
        indicator.children().forEach(this::walk);
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
        return new LinkedHashSet<>(assessors.enteredBy(ruleRef, unit));
    }

    /** The agencies that enter facts of any rule of the indicator for the unit. */
    public Set<String> ofIndicator(String code, Scheme.Unit unit) {
        Set<String> names = new LinkedHashSet<>();
        rulesOfIndicator.getOrDefault(code, List.of()).forEach(ref -> names.addAll(assessors.enteredBy(ref, unit)));
        return names;
    }
}
