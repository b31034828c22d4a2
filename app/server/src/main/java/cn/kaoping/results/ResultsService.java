package cn.kaoping.results;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.entry.FactEntries;
import cn.kaoping.entry.FactEntry;
import cn.kaoping.entry.StoredFact;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.EvaluationJson;
import cn.kaoping.scoring.UnitResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Live results of a cycle, computed by the engine from the stored facts with the cycle's scheme
 * version (the engine is the only scorer): standings, one unit's sheet explained down to the facts
 * (得分反查: which rule, which fact, its reason, who entered it and when), and who is behind.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ResultsService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Cycles cycles;
    @Inject
    FactEntries entries;
    @Inject
    LiveResults live;
    @Inject
    Scopes scopes;
    @Inject
    CurrentTenant tenant;

    public CycleResults results(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        LiveResults.Scored scored = live.of(tenant.code(), cycle);
        return new CycleResults(cycleCode, cycle.cycle().schemeId(), cycle.cycle().schemeVersion(), cycle.schemeHash(),
                scored.stored().size(), scored.standings().units().stream().map(UnitStanding::of).toList());
    }

    /**
     * One unit's sheet: its result with the engine's explanation tree (as {@code kaoping-cli
     * evaluate --json} writes a unit) and, by the label the explanations use, each current fact
     * with its reason, who entered it and when. A unit reporter sees only its own units.
     */
    public String sheet(String cycleCode, String unitCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        CycleUnit unit = cycle.unit(unitCode).orElseThrow(() ->
                new DomainException.NotFound("考核年度 " + cycleCode + " 没有被考评单位 " + InputCheck.echo(unitCode) + "。"));
        if (!scopes.seesEveryUnit() && !scopes.units().contains(unitCode)) {
            throw new DomainException.Refused("你只能查看本单位的考核表，不能查看 " + unit.view().name() + " 的。");
        }
        LiveResults.Scored scored = live.of(tenant.code(), cycle);
        UnitResult result = cycle.prepared().explain(scored.facts(), unitCode).orElseThrow();
        JsonObjectBuilder facts = Json.createObjectBuilder();
        for (FactEntry e : entries.currentEntries(cycle.cycle().id(), Optional.of(unitCode))) {
            facts.add(e.label(), Json.createReader(new StringReader(JSONB.toJson(e.view()))).readObject());
        }
        return Json.createObjectBuilder().add("cycle", cycleCode).add("scheme", cycle.cycle().schemeId())
                .add("schemeVersion", cycle.cycle().schemeVersion())
                .add("unit", EvaluationJson.unit(result))
                .add("facts", facts).build().toString();
    }

    /** Per agency and per unit: the indicators that apply and have no current fact yet. */
    public Progress progress(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        Map<String, Set<String>> enteredRules = new HashMap<>();
        for (StoredFact f : entries.current(cycle.cycle().id())) {
            enteredRules.computeIfAbsent(f.unit(), u -> new HashSet<>()).add(f.rule());
        }
        List<Scored> leaves = new ArrayList<>();
        cycle.scheme().indicators().forEach(i -> leaves(i, List.of(), leaves));
        Map<String, int[]> agencyCounts = new LinkedHashMap<>();
        Map<String, List<Progress.Missing>> agencyMissing = new LinkedHashMap<>();
        cycle.agencies().all().forEach(a -> {
            agencyCounts.put(a, new int[2]);
            agencyMissing.put(a, new ArrayList<>());
        });
        List<Progress.UnitProgress> units = new ArrayList<>();
        for (CycleUnit cu : cycle.units()) {
            Scheme.Unit unit = cu.unit();
            Set<String> entered = enteredRules.getOrDefault(unit.code(), Set.of());
            int expected = 0;
            int done = 0;
            List<String> missing = new ArrayList<>();
            Map<String, List<String>> missingByAgency = new LinkedHashMap<>();
            for (Scored leaf : leaves) {
                if (!leaf.appliesTo().stream().allMatch(a -> a.includes(unit))) {
                    continue;
                }
                boolean has = leaf.rules().stream().anyMatch(entered::contains);
                expected++;
                done += has ? 1 : 0;
                if (!has) {
                    missing.add(leaf.code());
                }
                for (String agency : cycle.agencies().ofIndicator(leaf.code())) {
                    int[] c = agencyCounts.get(agency);
                    c[0]++;
                    c[1] += has ? 1 : 0;
                    if (!has) {
                        missingByAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(leaf.code());
                    }
                }
            }
            missingByAgency.forEach((agency, codes) -> agencyMissing.get(agency).add(new Progress.Missing(unit.code(), codes)));
            units.add(new Progress.UnitProgress(unit.code(), unit.name(), expected, done, missing));
        }
        List<Progress.AgencyProgress> agencies = agencyCounts.entrySet().stream()
                .map(e -> new Progress.AgencyProgress(e.getKey(), e.getValue()[0], e.getValue()[1], agencyMissing.get(e.getKey())))
                .toList();
        return new Progress(cycleCode, agencies, units);
    }

    /** A leaf indicator with rules: its code, the rules of it, and the applicability of it and its ancestors. */
    private record Scored(String code, Set<String> rules, List<Indicator.Applicability> appliesTo) {
    }

    private static void leaves(Indicator indicator, List<Indicator.Applicability> above, List<Scored> out) {
        List<Indicator.Applicability> applies = new ArrayList<>(above);
        indicator.appliesTo().ifPresent(applies::add);
        if (indicator.children().isEmpty()) {
            Set<String> rules = new HashSet<>();
            indicator.rules().stream().map(Rule::ref).forEach(rules::add);
            if (!rules.isEmpty()) {
                out.add(new Scored(indicator.code(), rules, List.copyOf(applies)));
            }
            return;
        }
        indicator.children().forEach(c -> leaves(c, applies, out));
    }
}
