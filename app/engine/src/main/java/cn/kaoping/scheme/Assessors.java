package cn.kaoping.scheme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who assesses each clause of a scheme, for each unit, and who answers for each item inside a unit:
 * what a server reads to let an agency enter facts only for its own clauses (FORMAT.md §3, §4).
 * A rule is assessed by its own {@code assessingAgency}, else by that of the nearest indicator
 * above it that names one for the unit's series; a scheme-level veto only by its own.
 * Made once per scheme: {@code Assessors.of(scheme)}.
 */
public final class Assessors {

    /** By rule ref: the rule, then the assessors that apply to it, nearest first. */
    private final Map<String, Placed> rules = new LinkedHashMap<>();
    /** By indicator code: the indicator's responsibility, with the inherited responsible unit. */
    private final Map<String, Indicator.Responsibility> responsibilities = new LinkedHashMap<>();

    private record Placed(Rule rule, List<Assessor> assessors) {
    }

    private Assessors(Scheme scheme) {
        for (Indicator top : scheme.indicators()) {
            walk(top, List.of(), Optional.empty());
        }
        for (Rule veto : scheme.vetoes()) {
            rules.put(veto.ref(), new Placed(veto, veto.assessingAgency().stream().toList()));
        }
    }

    public static Assessors of(Scheme scheme) {
        return new Assessors(scheme);
    }

    private void walk(Indicator node, List<Assessor> above, Optional<String> unitAbove) {
        List<Assessor> here = new ArrayList<>(above.size() + 1);
        node.responsibility().assessingAgency().ifPresent(here::add);
        here.addAll(above);
        Indicator.Responsibility r = node.responsibility();
        Optional<String> unit = r.responsibleUnit().or(() -> unitAbove);
        responsibilities.put(node.code(), new Indicator.Responsibility(r.assessingAgency(), r.responsibleDepartment(),
                r.responsibleLeader(), r.cooperatingDepartments(), unit));
        for (Rule rule : node.rules()) {
            List<Assessor> chain = new ArrayList<>(here.size() + 1);
            rule.assessingAgency().ifPresent(chain::add);
            chain.addAll(here);
            rules.put(rule.ref(), new Placed(rule, List.copyOf(chain)));
        }
        for (Indicator child : node.children()) {
            walk(child, List.copyOf(here), unit);
        }
    }

    /**
     * The agencies that assess the rule ({@code <indicator code>/<rule id>} or {@code vetoes/<id>}) for
     * the unit: the nearest assessor naming any for it; several when it names several (any of them assesses).
     */
    public List<String> agencies(String ruleRef, Scheme.Unit unit) {
        Placed placed = rules.get(ruleRef);
        if (placed == null) {
            return List.of();
        }
        for (Assessor a : placed.assessors()) {
            List<String> agencies = a.forUnit(unit);
            if (!agencies.isEmpty()) {
                return agencies;
            }
        }
        return List.of();
    }

    /** Who provides or confirms the information the rule is scored on (提供情况/协助认定), as written. */
    public List<String> providedBy(String ruleRef) {
        Placed placed = rules.get(ruleRef);
        return placed == null ? List.of() : placed.rule().providedBy();
    }

    /**
     * The agencies that enter the facts of the rule for the unit: those that provide or confirm its
     * information ({@link #providedBy}, 漳州 由市纪委监察局提供情况), else its assessor.
     */
    public List<String> enteredBy(String ruleRef, Scheme.Unit unit) {
        List<String> provided = providedBy(ruleRef);
        return provided.isEmpty() ? agencies(ruleRef, unit) : provided;
    }

    /** The refs of the rules the agency assesses for the unit, in scheme order. */
    public List<String> rulesAssessedBy(String agency, Scheme.Unit unit) {
        List<String> out = new ArrayList<>();
        for (String ref : rules.keySet()) {
            if (agencies(ref, unit).contains(agency)) {
                out.add(ref);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every agency the scheme names, in scheme order. */
    public Set<String> agencies() {
        Set<String> out = new LinkedHashSet<>();
        rules.values().forEach(p -> p.assessors().forEach(a -> a.names().forEach(out::add)));
        return Collections.unmodifiableSet(out);
    }

    /**
     * The 责任科室 and 责任领导 of the indicator inside the unit: empty when the indicator names a
     * responsible unit (its own or an ancestor's) other than this one — 桂林's 责任表 is the 审计局's,
     * not the other units'.
     */
    public Optional<Indicator.Responsibility> responsibility(String indicatorCode, Scheme.Unit unit) {
        Indicator.Responsibility r = responsibilities.get(indicatorCode);
        if (r == null || r.responsibleUnit().filter(u -> !u.equals(unit.code())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(r);
    }
}
