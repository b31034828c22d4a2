package cn.kaoping.results;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.cycle.Indicators;
import cn.kaoping.entry.FactEntries;
import cn.kaoping.entry.FactEntry;
import cn.kaoping.entry.StoredFact;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.EvaluationJson;
import cn.kaoping.selfassessment.SelfAssessment;
import cn.kaoping.selfassessment.SelfAssessmentItem;
import cn.kaoping.selfassessment.SelfAssessments;
import cn.kaoping.scoring.UnitResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
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

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Cycles cycles;
    @Inject
    FactEntries entries;
    @Inject
    LiveResults live;
    @Inject
    SelfAssessments selfAssessments;
    @Inject
    Scopes scopes;

    public CycleResults results(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        LiveResults.Scored scored = live.of(cycle);
        return new CycleResults(cycleCode, cycle.cycle().schemeId(), cycle.cycle().schemeVersion(), cycle.schemeHash(),
                scored.checked().size(), scored.standings().units().stream().map(UnitStanding::of).toList());
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
        UnitResult result = cycle.prepared().explain(live.of(cycle).checked(), unitCode).orElseThrow();
        JsonObjectBuilder facts = JSON.createObjectBuilder();
        for (FactEntry e : entries.currentEntries(cycle.cycle().id(), Optional.of(unitCode))) {
            facts.add(e.label(), JSON.createReader(new StringReader(JSONB.toJson(e.view()))).readObject());
        }
        JsonObject explained = EvaluationJson.unit(result);
        JsonObject byLabel = facts.build();
        Map<String, SelfAssessmentItem.ItemView> self = new HashMap<>();
        Optional<SelfAssessment> sa = selfAssessments.find(cycle.cycle().id(), unitCode);
        sa.ifPresent(s -> selfAssessments.items(s).forEach(i -> self.put(i.view().indicator(), i.view())));
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        explained.getJsonArray("indicators").forEach(n -> rows(n.asJsonObject(), self, byLabel, rows));
        return JSON.createObjectBuilder().add("cycle", cycleCode).add("scheme", cycle.cycle().schemeId())
                .add("schemeVersion", cycle.cycle().schemeVersion())
                .add("selfAssessment", sa.map(s -> s.state().name()).orElse("NONE"))
                .add("rows", rows)
                .add("unit", explained)
                .add("facts", byLabel).build().toString();
    }

    /**
     * The sheet's rows in the columns of 武进 附件3 (seed 003): 标准分值 ({@code points}), 自评分 and
     * its 原因 ({@code selfScore}, {@code selfReason}, the files it cites {@code selfEvidence}), 考评分 ({@code score}) and its 原因 (the reasons
     * of the facts behind the indicator's own rules), one row per indicator, parents first.
     */
    private static void rows(JsonObject node, Map<String, SelfAssessmentItem.ItemView> self, JsonObject facts,
                             JsonArrayBuilder rows) {
        JsonObjectBuilder row = JSON.createObjectBuilder().add("code", node.getString("code")).add("name", node.getString("name"));
        if (node.containsKey("points")) {
            row.add("points", node.getString("points"));
        }
        Optional.ofNullable(self.get(node.getString("code"))).ifPresent(i -> row.add("selfScore", i.score()).add("selfReason", i.reason())
                .add("selfEvidence", JSON.createArrayBuilder(i.evidence())));
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        for (JsonValue rule : node.getJsonArray("rules")) {
            for (JsonValue line : rule.asJsonObject().getJsonArray("lines")) {
                for (JsonValue label : line.asJsonObject().getJsonArray("facts")) {
                    JsonObject fact = facts.getJsonObject(((JsonString) label).getString());
                    if (fact != null && fact.containsKey("reason")) {
                        reasons.add(fact.getString("reason"));
                    }
                }
            }
        }
        rows.add(row.add("score", node.getString("score")).add("reasons", reasons));
        node.getJsonArray("children").forEach(c -> rows(c.asJsonObject(), self, facts, rows));
    }

    /** Per agency and per unit: the indicators that apply and have no current fact yet. */
    public Progress progress(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        Map<String, Set<String>> enteredRules = new HashMap<>();
        for (StoredFact f : entries.current(cycle.cycle().id())) {
            enteredRules.computeIfAbsent(f.unit(), u -> new HashSet<>()).add(f.rule());
        }
        List<Indicators.Placed> leaves = cycle.indicators().all().stream().filter(i -> i.leaf() && !i.rules().isEmpty()).toList();
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
            for (Indicators.Placed leaf : leaves) {
                if (!leaf.appliesTo(unit)) {
                    continue;
                }
                boolean has = leaf.rules().stream().anyMatch(entered::contains);
                expected++;
                done += has ? 1 : 0;
                if (!has) {
                    missing.add(leaf.indicator().code());
                }
                for (String agency : cycle.agencies().ofIndicator(leaf.indicator().code(), unit)) {
                    int[] c = agencyCounts.get(agency);
                    c[0]++;
                    c[1] += has ? 1 : 0;
                    if (!has) {
                        missingByAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(leaf.indicator().code());
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
}
