package cn.kaoping.entry;

import cn.kaoping.approval.Gate;
import cn.kaoping.audit.AuditTrail;
import cn.kaoping.evidence.EvidenceFiles;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.CheckedFacts;
import cn.kaoping.scoring.FactsRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts entered by the assessing agencies: one or a batch, corrected and withdrawn, each checked
 * by the engine against the cycle's scheme version when it is entered, with the facts already
 * stored for the same units (a second value of a one-value rule is refused too). A batch is all or
 * nothing: one refused fact and none is kept. An assessor enters facts only for the indicators of
 * the agencies it holds (its assignments); the scheme admin only for rules no agency scores
 * (scheme-level vetoes and prerequisites). Every change is in the audit trail with before and after.
 */
@ApplicationScoped
@Transactional
@InTenant
public class EntryService {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The most facts one request may carry. */
    static final int MAX_BATCH = 2000;
    private static final Pattern FACT_PATH = Pattern.compile("^facts\\[(\\d+)\\](.*)$");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Cycles cycles;
    @Inject
    FactEntries entries;
    @Inject
    Replays replays;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    CurrentTenant tenant;
    @Inject
    AuditTrail audit;
    @Inject
    Gate gate;
    @Inject
    EvidenceFiles evidence;
    @Inject
    CycleFacts cycleFacts;

    /** The answer to an entry: the facts stored, each at version 1. */
    public record Entered(List<FactView> facts) {
    }

    /**
     * Enters one fact (a JSON object of the facts format) or a batch ({@code {"facts": [...]}}).
     * With an Idempotency-Key, a replay answers as the first time and stores nothing.
     */
    public Answer enter(String cycleCode, String body, Optional<String> idempotencyKey) {
        String digest = sha256(cycleCode + "\n" + body);
        Optional<Answer> replay = idempotencyKey.flatMap(key -> replays.replay(caller.subject(), key, digest));
        if (replay.isPresent()) {
            return replay.get();
        }
        BoundCycle cycle = cycles.bound(cycleCode);
        gate.requireAnythingWritable(cycle);
        Batch batch = Batch.parse(body);
        List<FactEntry> stored = store(cycle, check(cycle, batch, Optional.empty()), "录入");
        Answer answer = new Answer(201, JSONB.toJson(new Entered(stored.stream().map(FactEntry::view).toList())));
        idempotencyKey.ifPresent(key -> replays.remember(caller.subject(), key, digest, answer));
        return answer;
    }

    /**
     * A fact that a decision creates (an approved bonus application): checked, authorised and stored
     * as an assessor's entry, in the caller's transaction; {@code why} says where it comes from.
     */
    public FactView enterDecided(String cycleCode, JsonObject fact, String why) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return store(cycle, check(cycle, new Batch(false, List.of(fact)), Optional.empty()), why).get(0).view();
    }

    /**
     * Refuses the caller unless it may enter facts of {@code rule} for the unit now (as {@link #enter}
     * checks each fact: its agency, the sign-offs over it, the entry window).
     */
    public void requireMayEnter(String cycleCode, String rule, String unit) {
        BoundCycle cycle = cycles.bound(cycleCode);
        Optional<String> agency = agency(cycle, rule, cycle.unit(unit).map(CycleUnit::unit), "rule");
        gate.requireWritable(cycle, List.of(Gate.Target.fact(unit, agency, rule)));
    }

    private List<FactEntry> store(BoundCycle cycle, List<EnteredFact> checked, String why) {
        gate.requireWritable(cycle, checked.stream().map(f -> Gate.Target.fact(f.unit(), f.agency(), f.rule())).toList());
        Actor actor = caller.actor();
        OffsetDateTime now = OffsetDateTime.now();
        List<FactEntry> stored = new ArrayList<>();
        for (EnteredFact f : checked) {
            FactEntry e = FactEntry.first(cycle.cycle().id(), f, actor, now);
            entries.add(e);
            stored.add(e);
        }
        flush(Optional.empty());
        for (FactEntry e : stored) {
            audit.record(actor, "fact.entered", "考核年度 " + cycle.cycle().code() + " " + why + " " + e.label() + "（"
                    + e.unit() + " " + e.rule() + "）", Optional.empty(), e.fact());
        }
        return stored;
    }

    /** A correction: the next version of the fact, checked as a new one; a stale version is a 409 naming the current one. */
    public FactView correct(String cycleCode, long factId, String body, Optional<Integer> expectedVersion) {
        BoundCycle cycle = cycles.bound(cycleCode);
        FactEntry latest = latest(cycle, factId, expectedVersion);
        Batch batch = Batch.parse(body);
        if (batch.batch() || batch.facts().size() != 1) {
            throw new DomainException.Invalid("body", "a correction is one fact (a JSON object), not a batch");
        }
        JsonObject fact = batch.facts().get(0);
        new InputCheck()
                .require(latest.unit().equals(text(fact, "unit").orElse("")), "unit",
                        "a correction keeps the unit " + latest.unit() + "; withdraw the fact and enter another")
                .require(latest.rule().equals(text(fact, "rule").orElse("")), "rule",
                        "a correction keeps the rule " + latest.rule() + "; withdraw the fact and enter another")
                .orThrow();
        EnteredFact checked = check(cycle, batch, Optional.of(factId)).get(0);
        gate.requireWritable(cycle, List.of(Gate.Target.fact(latest.unit(), latest.agency(), latest.rule()),
                Gate.Target.fact(checked.unit(), checked.agency(), checked.rule())));
        FactEntry next = latest.correctedBy(checked, caller.actor(), OffsetDateTime.now());
        entries.add(next);
        flush(Optional.of(latest));
        audit.record(caller.actor(), "fact.corrected", "考核年度 " + cycleCode + " 更正 " + latest.label() + " 为第"
                + next.version() + "版", latest.fact(), next.fact());
        return next.view();
    }

    /** A withdrawal (撤回) with its reason: the next version of the fact, which no longer counts. */
    public FactView withdraw(String cycleCode, long factId, Withdrawal withdrawal, Optional<Integer> expectedVersion) {
        BoundCycle cycle = cycles.bound(cycleCode);
        FactEntry latest = latest(cycle, factId, expectedVersion);
        agency(cycle, latest.rule(), cycle.unit(latest.unit()).map(CycleUnit::unit), "rule");
        gate.requireWritable(cycle, List.of(Gate.Target.fact(latest.unit(), latest.agency(), latest.rule())));
        FactEntry next = latest.withdrawnBy(withdrawal.reason(), caller.actor(), OffsetDateTime.now());
        entries.add(next);
        flush(Optional.of(latest));
        audit.record(caller.actor(), "fact.withdrawn", "考核年度 " + cycleCode + " 撤回 " + latest.label() + "："
                + withdrawal.reason(), latest.fact(), Optional.empty());
        return next.view();
    }

    /** Which facts by the agency in whose name they were entered: all, one agency's, or those of no agency. */
    public record AgencyFilter(Optional<String> agency, boolean withoutAgency) {

        /** From the query: {@code agency}, or {@code withoutAgency=true}; not both. */
        public static AgencyFilter of(String agency, String withoutAgency) {
            if (withoutAgency != null && !withoutAgency.equals("true")) {
                throw new DomainException.Invalid("withoutAgency", "must be true, or left out");
            }
            if (withoutAgency != null && agency != null) {
                throw new DomainException.Invalid("withoutAgency", "asks for the facts of no agency; leave out agency");
            }
            return new AgencyFilter(Optional.ofNullable(agency), withoutAgency != null);
        }

        boolean admits(Optional<String> entered) {
            return withoutAgency ? entered.isEmpty() : agency.map(a -> entered.filter(a::equals).isPresent()).orElse(true);
        }
    }

    /** The current facts of the cycle (a unit reporter: of its units only), optionally of one unit, by agency. */
    public List<FactView> current(String cycleCode, Optional<String> unit, AgencyFilter agency) {
        BoundCycle cycle = cycles.bound(cycleCode);
        unit.ifPresent(this::requireVisible);
        return entries.currentEntries(cycle.cycle().id(), unit).stream()
                .filter(e -> visible(e.unit()) && agency.admits(e.agency()))
                .map(FactEntry::view).toList();
    }

    /** Every version of one fact, oldest first. */
    public List<FactView> history(String cycleCode, long factId) {
        BoundCycle cycle = cycles.bound(cycleCode);
        List<FactEntry> history = entries.history(cycle.cycle().id(), factId);
        if (history.isEmpty() || !visible(history.get(0).unit())) {
            throw notFound(factId);
        }
        return history.stream().map(FactEntry::view).toList();
    }

    /** The cycle's current facts as a facts file, which the command line scores as the server does. */
    public String factsFile(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return FactsFile.text(cycle, entries.current(cycle.cycle().id()), List.of());
    }

    private FactEntry latest(BoundCycle cycle, long factId, Optional<Integer> expectedVersion) {
        List<FactEntry> history = entries.history(cycle.cycle().id(), factId);
        if (history.isEmpty()) {
            throw notFound(factId);
        }
        FactEntry latest = history.get(history.size() - 1);
        if (expectedVersion.isPresent() && expectedVersion.get() != latest.version()) {
            throw new DomainException.Conflict("事实 " + latest.label() + " 已被他人修改（现为第" + latest.version()
                    + "版），请重新读取后再改。", Optional.of(String.valueOf(latest.version())));
        }
        if (latest.withdrawn()) {
            throw new DomainException.Conflict("事实 " + latest.label() + " 已撤回，不能再更正或撤回；请录入新的事实。",
                    Optional.of(String.valueOf(latest.version())));
        }
        return latest;
    }

    /**
     * The facts checked for this caller and by the engine, with the facts stored (new ones with the
     * cycle's, a correction with its unit's but the one it replaces): every problem at once, paths as
     * the request wrote them.
     */
    private List<EnteredFact> check(BoundCycle cycle, Batch batch, Optional<Long> replacing) {
        List<FieldError> errors = new ArrayList<>();
        List<Optional<String>> agencies = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < batch.facts().size(); i++) {
            JsonObject f = batch.facts().get(i);
            if (f.containsKey("id")) {
                errors.add(new FieldError(batch.path(i, "id"), "is given by the server (the fact's id); leave it out"));
            }
            text(f, "unit").ifPresent(units::add);
            String path = batch.path(i, "rule");
            Optional<Scheme.Unit> unit = text(f, "unit").flatMap(cycle::unit).map(CycleUnit::unit);
            agencies.add(text(f, "rule").flatMap(rule -> agency(cycle, rule, unit, path)));
        }
        errors.addAll(unknownEvidence(cycle, batch));
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        List<String> json = batch.facts().stream().map(JsonObject::toString).toList();
        List<FieldError> refused = replacing.isPresent() ? replacingOne(cycle, batch, units, json, replacing.get())
                : checkNew(cycle, batch);
        if (!refused.isEmpty()) {
            throw new DomainException.Invalid(refused);
        }
        List<EnteredFact> checked = new ArrayList<>();
        for (int i = 0; i < batch.facts().size(); i++) {
            JsonObject f = batch.facts().get(i);
            checked.add(new EnteredFact(text(f, "unit").orElseThrow(), text(f, "rule").orElseThrow(), agencies.get(i),
                    json.get(i), text(f, "reason")));
        }
        return checked;
    }

    /**
     * New facts checked against the cycle's facts checked before ({@link CycleFacts}), which are not
     * read again: the new ones come after them (stored facts are named by their ids).
     */
    private List<FieldError> checkNew(BoundCycle cycle, Batch batch) {
        CheckedFacts stored = cycleFacts.of(cycle).facts();
        Loaded<List<Fact>> loaded = FactsFile.entered(JSON.createArrayBuilder(batch.facts()).build(), stored.size());
        if (!loaded.ok()) {
            return refused(batch, loaded.problems(), 0);
        }
        try {
            cycle.prepared().add(stored, loaded.orThrow());
            return List.of();
        } catch (FactsRejected e) {
            return refused(batch, e.problems(), stored.size());
        }
    }

    /** A correction checked with the stored facts of its unit but the one it replaces, as a facts file. */
    private List<FieldError> replacingOne(BoundCycle cycle, Batch batch, Set<String> units, List<String> json, long replacing) {
        List<StoredFact> stored = entries.current(cycle.cycle().id(), units).stream()
                .filter(s -> s.factId() != replacing).toList();
        Loaded<FactSet> loaded = FactsFile.load(FactsFile.text(cycle, stored, json));
        if (!loaded.ok()) {
            return refused(batch, loaded.problems(), stored.size());
        }
        try {
            cycle.prepared().check(loaded.orThrow());
            return List.of();
        } catch (FactsRejected e) {
            return refused(batch, e.problems(), stored.size());
        }
    }

    /** The engine's problems with paths as the request wrote them; the request's facts come after {@code before} others. */
    private static List<FieldError> refused(Batch batch, List<Problem> problems, int before) {
        return problems.stream().map(p -> new FieldError(batch.rebase(p.path(), before), p.message())).toList();
    }

    /**
     * Each {@code evidence: "evidence:<id>"} (FORMAT.md §7) must name a file uploaded in this cycle for
     * the fact's unit; any other text is a 证明材料 written out, as the seeds do.
     */
    private List<FieldError> unknownEvidence(BoundCycle cycle, Batch batch) {
        Map<String, Map<Long, Integer>> byUnit = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.facts().size(); i++) {
            JsonObject f = batch.facts().get(i);
            int index = i;
            Optional<String> unit = text(f, "unit");
            text(f, "evidence").flatMap(EvidenceFiles::id).ifPresent(id -> {
                if (id < 0) {
                    errors.add(new FieldError(batch.path(index, "evidence"), "must be evidence:<id> as the upload answered"));
                } else {
                    unit.ifPresent(u -> byUnit.computeIfAbsent(u, k -> new LinkedHashMap<>()).put(id, index));
                }
            });
        }
        byUnit.forEach((unit, ids) -> {
            Set<Long> found = evidence.ofUnit(cycle.cycle().id(), unit, ids.keySet());
            ids.forEach((id, index) -> {
                if (!found.contains(id)) {
                    errors.add(new FieldError(batch.path(index, "evidence"), "names no evidence uploaded for unit " + unit
                            + " in this cycle (upload it first: POST …/evidence?unit=" + unit + ")"));
                }
            });
        });
        return errors;
    }

    /**
     * The agency in whose name the caller enters a fact of {@code rule} for the unit: one of the
     * agencies that enter the rule's facts for that unit (its series) the caller assesses for. A rule no agency scores is the scheme admin's. An unknown rule is
     * left to the engine, which names it.
     */
    private Optional<String> agency(BoundCycle cycle, String rule, Optional<Scheme.Unit> unit, String path) {
        if (!cycle.agencies().indicatorRule(rule)) {
            if (DECIDED_BY_THE_SCHEME_ADMIN.stream().anyMatch(prefix -> rule.startsWith(prefix + "/"))) {
                requireSchemeAdmin(path, rule);
            }
            return Optional.empty();
        }
        if (unit.isEmpty()) {
            return Optional.empty(); // a unit the cycle does not have: the engine names it
        }
        Set<String> scoring = cycle.agencies().ofRule(rule, unit.get());
        if (scoring.isEmpty()) {
            requireSchemeAdmin(path, rule);
            return Optional.empty();
        }
        Set<String> mine = scopes.agencies(Role.ASSESSOR);
        Optional<String> held = scoring.stream().filter(mine::contains).sorted().findFirst();
        if (held.isEmpty()) {
            throw new DomainException.Refused(path + "：" + rule + " 由" + String.join("、", scoring.stream().sorted().toList())
                    + "考评，你不是其考核员" + (mine.isEmpty() ? "（你没有被安排为任何考评主体的考核员）" : "（你是"
                    + String.join("、", mine.stream().sorted().toList()) + "的考核员）") + "，不能录入。");
        }
        return held;
    }

    /**
     * Facts of no indicator that the 效能办 records for the leadership group: a veto (一票否决), a
     * prerequisite met, a decision on a tie beyond a quota (待研究决定), a unit's application for a
     * grade (湖北 第三条 逐级申报).
     */
    private static final Set<String> DECIDED_BY_THE_SCHEME_ADMIN = Set.of(Scheme.VETOES, Results.PREREQUISITES,
            Results.DECISIONS, Results.APPLICATIONS);

    private void requireSchemeAdmin(String path, String rule) {
        if (!tenant.require().roles().contains(Role.SCHEME_ADMIN)) {
            throw new DomainException.Refused(path + "：" + rule + " 没有考评主体，只有考评办（方案管理员）能录入。");
        }
    }

    private boolean visible(String unit) {
        return scopes.seesEveryUnit() || scopes.units().contains(unit);
    }

    private void requireVisible(String unit) {
        if (!visible(unit)) {
            throw new DomainException.Refused("你只能查看本单位（" + String.join("、", scopes.units().stream().sorted().toList())
                    + "）的事实。");
        }
    }

    /** Writes now: a concurrent change of the same fact from the same version is a conflict, not a failed commit. */
    private void flush(Optional<FactEntry> changed) {
        try {
            entries.flush();
        } catch (PersistenceException e) {
            throw changed.<DomainException>map(c -> new DomainException.Conflict("事实 " + c.label() + " 刚被他人修改（现为第"
                            + (c.version() + 1) + "版），请重新读取后再改。", Optional.of(String.valueOf(c.version() + 1))))
                    .orElseGet(() -> new DomainException.Conflict("事实录入与他人的修改冲突，未保存任何事实，请重试。"));
        }
    }

    private static DomainException.NotFound notFound(long factId) {
        return new DomainException.NotFound("本考核年度没有事实 " + FactsFile.label(factId) + "。");
    }

    private static Optional<String> text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * A request's facts: one object (paths are its fields: {@code amount}) or a batch
     * {@code {"facts": [...]}} (paths {@code facts[2].amount}).
     */
    record Batch(boolean batch, List<JsonObject> facts) {

        static Batch parse(String body) {
            JsonObject root;
            try {
                JsonValue value = JSON.createReader(new StringReader(body == null ? "" : body)).readValue();
                if (!(value instanceof JsonObject o)) {
                    throw new DomainException.Invalid("body", "must be a fact (a JSON object) or {\"facts\": [...]}");
                }
                root = o;
            } catch (JsonException e) {
                throw new DomainException.Invalid("body", "must be JSON: a fact or {\"facts\": [...]}");
            }
            if (!root.containsKey("facts")) {
                return new Batch(false, List.of(root));
            }
            if (root.size() != 1 || root.get("facts").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new DomainException.Invalid("facts", "a batch is {\"facts\": [...]} and nothing else");
            }
            List<JsonValue> items = root.getJsonArray("facts");
            List<FieldError> errors = new ArrayList<>();
            if (items.isEmpty() || items.size() > MAX_BATCH) {
                errors.add(new FieldError("facts", "must hold 1 to " + MAX_BATCH + " facts"));
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    errors.add(new FieldError("facts[" + i + "]", "must be a fact (a JSON object)"));
                }
            }
            if (!errors.isEmpty()) {
                throw new DomainException.Invalid(errors);
            }
            return new Batch(true, items.stream().map(JsonValue::asJsonObject).toList());
        }

        String path(int index, String field) {
            return batch ? "facts[" + index + "]." + field : field;
        }

        /** An engine path in the facts file checked (stored facts first) as the request wrote it. */
        String rebase(String enginePath, int storedCount) {
            Matcher m = FACT_PATH.matcher(enginePath);
            if (!m.matches()) {
                return enginePath.isEmpty() ? "body" : enginePath;
            }
            int index = Integer.parseInt(m.group(1)) - storedCount;
            String rest = m.group(2);
            if (index < 0) {
                return "facts (stored fact " + (Integer.parseInt(m.group(1))) + ")" + rest;
            }
            if (batch) {
                return "facts[" + index + "]" + rest;
            }
            return rest.isEmpty() ? "body" : rest.substring(1);
        }
    }
}
