package cn.kaoping.scheme;

import jakarta.json.JsonException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a {@code *.scheme.json} file into a {@link Scheme}, tracking the JSON path of every
 * value, then runs the {@link SchemeValidator}. All problems of a file are reported at once.
 */
public final class SchemeLoader {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** On an indicator or a rule: the document the facts rest on (以…通报为依据); each fact then needs its evidence. */
    private static final String EVIDENCE_BASIS = "evidenceBasis";

    private final RuleKindCatalog kinds;

    public SchemeLoader(RuleKindCatalog kinds) {
        this.kinds = kinds;
    }

    /** The validation entry point: every problem of the file, none when it is valid. */
    public List<Problem> validate(Path file) {
        return load(file).problems();
    }

    public Loaded<Scheme> load(Path file) {
        return Loaded.fromFile(file, this::load);
    }

    public Loaded<Scheme> load(Reader json) {
        Problems problems = new Problems();
        Optional<JsonObject> root = readObject(json, problems);
        if (root.isEmpty()) {
            return Loaded.failed(problems);
        }
        JsonParams in = new JsonParams(root.get(), "", problems);
        Scheme scheme = scheme(in);
        in.refuseUnread();
        if (problems.isEmpty()) {
            new SchemeValidator(scheme, kinds, problems).run();
        }
        return Loaded.of(scheme, problems);
    }

    /** Parses JSON text into an object; a syntax error becomes a problem with line and column. */
    static Optional<JsonObject> readObject(Reader json, Problems problems) {
        try (JsonReader reader = JSON.createReader(json)) {
            JsonValue v = reader.readValue();
            if (v instanceof JsonObject o) {
                return Optional.of(o);
            }
            problems.add("", "the file must hold one JSON object");
        } catch (JsonParsingException e) {
            problems.add("", "not valid JSON at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": " + e.getMessage());
        } catch (JsonException e) {
            problems.add("", "not valid JSON: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Scheme scheme(JsonParams in) {
        String format = in.requiredText("format");
        if (!format.isEmpty() && !format.equals(Scheme.FORMAT)) {
            in.problem("format", "must be \"" + Scheme.FORMAT + "\"");
        }
        String id = in.requiredText("id");
        if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            in.problem("id", "\"" + id + "\" must be lower-case letters and digits joined by hyphens");
        }
        Scheme.Jurisdiction jurisdiction = in.jsonObject("jurisdiction")
                .map(j -> new Scheme.Jurisdiction(j.requiredText("code"), j.requiredText("name")))
                .orElseGet(() -> {
                    in.problem("jurisdiction", "is required");
                    return new Scheme.Jurisdiction("", "");
                });
        if (!in.has("year")) {
            in.problem("year", "is required");
        }
        int year = in.integer("year", 1949).orElse(0);
        String name = in.requiredText("name");
        Optional<String> description = in.text("description");
        Optional<Scheme.Source> source = in.jsonObject("source")
                .map(s -> new Scheme.Source(s.text("seed"), s.text("section"), s.text("document")));
        Optional<BigDecimal> totalPoints = in.amount("totalPoints");
        List<Scheme.Series> series = in.jsonObjects("series").stream()
                .map(s -> new Scheme.Series(s.requiredText("code"), s.requiredText("name"))).toList();
        List<Scheme.Unit> units = units(in, "units");
        if (!in.has("indicators")) {
            in.problem("indicators", "is required (an empty list is allowed)");
        }
        List<Indicator> indicators = in.jsonObjects("indicators").stream().map(this::indicator).toList();
        List<Rule> vetoes = in.jsonObjects("vetoes").stream().map(v -> rule(v, Scheme.VETOES, Optional.of(Scheme.VETO_KIND))).toList();
        Results results = in.jsonObject("results").map(this::results).orElse(Results.none());
        Scheme.Period period = in.jsonObject("period").map(p -> new Scheme.Period(date(p, "from"), date(p, "to")))
                .orElse(new Scheme.Period(LocalDate.of(Math.max(year, 1), 1, 1), LocalDate.of(Math.max(year, 1), 12, 31)));
        if (period.to().isBefore(period.from())) {
            in.problem("period", "ends before it starts");
        }
        Approval approval = in.jsonObject("approval").map(this::approval).orElse(Approval.none());
        return new Scheme(format, id, jurisdiction, year, name, description, source, totalPoints, series, units, indicators, vetoes, results,
                period, approval);
    }

    private static LocalDate date(JsonParams in, String field) {
        String text = in.requiredText(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            if (in.has(field)) {
                in.problem(field, "\"" + text + "\" is not a date like 2009-01-01");
            }
            return LocalDate.of(2000, 1, 1);
        }
    }

    /** Units as written in a scheme or a facts file. */
    static List<Scheme.Unit> units(JsonParams in, String field) {
        return in.jsonObjects(field).stream().map(u -> new Scheme.Unit(u.requiredText("code"), u.requiredText("name"),
                u.text("series"), u.text("collectedBy"))).toList();
    }

    private Indicator indicator(JsonParams in) {
        String code = in.requiredText("code");
        if (code.contains("/")) {
            in.problem("code", "must not contain \"/\" (facts write <indicator code>/<rule id>)");
        }
        String name = in.requiredText("name");
        Optional<String> description = in.text("description");
        Optional<BigDecimal> points = in.amount("points");
        Mode mode = in.keyword("mode", Mode.class).orElse(Mode.DEDUCT);
        Optional<Floor> floor = in.keyword("floor", Floor.class);
        Optional<BigDecimal> maxDeduction = in.amount("maxDeduction");
        Optional<BigDecimal> maxBonus = in.amount("maxBonus");
        boolean childrenMustSum = in.bool("childrenMustSum").orElse(false);
        Dedupe dedupe = in.keyword("dedupe", Dedupe.class).orElse(Dedupe.NONE);
        Optional<Indicator.JointWork> jointWork = jointWork(in);
        Indicator.Responsibility responsibility = new Indicator.Responsibility(assessor(in),
                in.text("responsibleDepartment"), in.text("responsibleLeader"), in.texts("cooperatingDepartments"),
                in.text("responsibleUnit"));
        Optional<Indicator.Applicability> appliesTo = in.jsonObject("appliesTo").map(a -> {
            Indicator.Applicability app = new Indicator.Applicability(a.texts("series"), a.texts("units"));
            if (app.series().isEmpty() && app.units().isEmpty()) {
                a.problem(null, "must name at least one series or unit");
            }
            return app;
        });
        List<Rule> rules = in.jsonObjects("rules").stream().map(r -> rule(r, code, Optional.empty())).toList();
        List<Indicator> children = in.jsonObjects("children").stream().map(this::indicator).toList();
        boolean dated = in.bool("dated").orElse(false);
        return new Indicator(in.path(), code, name, description, points, mode, floor, maxDeduction, maxBonus,
                childrenMustSum, dedupe, jointWork, responsibility, appliesTo, rules, children, dated, in.text(EVIDENCE_BASIS));
    }

    private static Optional<Indicator.JointWork> jointWork(JsonParams in) {
        return in.jsonObject("jointWork").map(j -> new Indicator.JointWork(fraction(j, "lead"), fraction(j, "co")));
    }

    /** {@code "assessingAgency": "市纪委监委"}, or per series: {@code {"s1": "市委办", "s2": "市政府办"}}. */
    private static Optional<Assessor> assessor(JsonParams in) {
        return agency(in, "assessingAgency");
    }

    /**
     * An agency for every unit ({@code "市纪委监委"}), several ({@code ["人教科", "党委办"]}), or per series
     * ({@code {"s1": "市委办", "s2": ["市政府办", "市效能办"]}}).
     */
    private static Optional<Assessor> agency(JsonParams in, String field) {
        Optional<JsonValue> raw = in.raw(field);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (raw.get() instanceof JsonObject o && !o.isEmpty()) {
            Map<String, List<String>> bySeries = new LinkedHashMap<>();
            o.forEach((series, agencies) -> names(agencies).ifPresentOrElse(a -> bySeries.put(series, a),
                    () -> in.problem(field + "." + series, "must be an agency (a non-empty string) or a list of agencies")));
            return Optional.of(new Assessor(List.of(), Collections.unmodifiableMap(bySeries)));
        }
        Optional<List<String>> agencies = names(raw.get());
        if (agencies.isEmpty()) {
            in.problem(field, "must be an agency (a non-empty string), a list of agencies, or an object of series codes to either");
        }
        return agencies.map(a -> new Assessor(a, Map.of()));
    }

    /** A non-blank string, or a non-empty array of them, each agency once. */
    private static Optional<List<String>> names(JsonValue value) {
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(List.of(s.getString().strip()));
        }
        if (value instanceof JsonArray a && !a.isEmpty()
                && a.stream().allMatch(v -> v instanceof JsonString s && !s.getString().isBlank())) {
            List<String> names = a.stream().map(v -> ((JsonString) v).getString().strip()).distinct().toList();
            return Optional.of(names);
        }
        return Optional.empty();
    }

    private static BigDecimal fraction(JsonParams in, String field) {
        BigDecimal f = in.requiredNumber(field);
        if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
            in.problem(field, "must be between 0% and 100%");
        }
        return f;
    }

    private Rule rule(JsonParams in, String owner, Optional<String> defaultKind) {
        String id = in.requiredText("id");
        if (id.contains("/")) {
            in.problem("id", "must not contain \"/\"");
        }
        String kindId = defaultKind.isPresent() && !in.has("kind") ? defaultKind.get() : in.requiredText("kind");
        defaultKind.filter(k -> !k.equals(kindId)).ifPresent(k -> in.problem("kind", "must be \"" + k + "\" here"));
        String clause = in.requiredText("clause");
        Optional<Effect> effect = in.keyword("effect", Effect.class);
        Optional<BigDecimal> points = in.amount("points");
        Optional<BigDecimal> cap = in.amount("cap");
        Dedupe dedupe = in.keyword("dedupe", Dedupe.class).orElse(Dedupe.NONE);
        boolean exempt = in.bool("exemptSelfReported").orElse(false);
        Map<String, BigDecimal> multipliers = in.amounts("multipliers");
        Optional<Indicator.JointWork> jointWork = jointWork(in);
        Optional<Assessor> assessor = assessor(in);
        List<String> providedBy = in.texts("providedBy");
        Optional<NoFact> whenNoFact = in.keyword("whenNoFact", NoFact.class);
        Optional<Rule.Window> within = in.jsonObject("within").map(SchemeLoader::window);
        Optional<String> evidenceBasis = in.text(EVIDENCE_BASIS);
        Optional<? extends RuleKind> kind = kinds.kind(kindId);
        if (kind.isEmpty()) {
            if (!kindId.isEmpty()) {
                in.problem("kind", "unknown rule kind \"" + kindId + "\" (known: " + String.join(", ", kinds.ids()) + ")");
            }
            in.ignoreRest();
            return new Rule(in.path(), owner + "/" + id, id, kindId, clause, effect.orElse(Effect.DEDUCT), points, cap,
                    dedupe, exempt, multipliers, jointWork, RuleParams.NONE, assessor, providedBy, whenNoFact, within, evidenceBasis);
        }
        Effect e = effect.orElse(kind.get().defaultEffect());
        if (!kind.get().effects().contains(e)) {
            in.problem("effect", "\"" + e.word() + "\" is not possible for " + kindId + " (possible: "
                    + kind.get().effects().stream().map(x -> "\"" + x.word() + "\"").collect(Collectors.joining(", ")) + ")");
        }
        RuleParams params = kind.get().parse(in);
        return new Rule(in.path(), owner + "/" + id, id, kindId, clause, e, points, cap, dedupe, exempt, multipliers,
                jointWork, params, assessor, providedBy, whenNoFact, within, evidenceBasis);
    }

    /** {@code {"years": 2}} (两年内), {@code {"months": 6}}, or both: whole numbers, together at least a month. */
    private static Rule.Window window(JsonParams in) {
        Optional<Integer> years = in.integer("years", 0);
        Optional<Integer> months = in.integer("months", 0);
        boolean read = years.isPresent() == in.has("years") && months.isPresent() == in.has("months");
        if (!in.has("years") && !in.has("months")) {
            in.problem(null, "needs years or months (两年内: {\"years\": 2})");
        } else if (read && years.orElse(0) == 0 && months.orElse(0) == 0) {
            in.problem(null, "must be at least one month long");
        }
        return new Rule.Window(years.orElse(0), months.orElse(0));
    }

    private Results results(JsonParams in) {
        Optional<RankScope> rankWithin = in.keyword("rankWithin", RankScope.class);
        List<Results.Grade> grades = in.jsonObjects("grades").stream().map(g -> new Results.Grade(g.path(),
                g.requiredText("name"), quota(g), g.range("score"), g.texts("requires"))).toList();
        Optional<Results.Awards> awards = in.jsonObject("awards").map(a -> new Results.Awards(a.path(),
                a.requiredText("name"), a.range("score"), a.jsonObjects("prizes").stream()
                .map(p -> new Results.Prize(p.requiredText("name"), required(p, "count", x -> x.integer("count", 1))))
                .toList()));
        List<Results.BottomRank> bottom = in.jsonObjects("bottom").stream().map(b -> new Results.BottomRank(b.path(),
                required(b, "position", x -> x.integer("position", 1)), b.requiredText("outcome"),
                b.keyword("within", RankScope.class))).toList();
        List<Results.Consequence> consequences = in.jsonObjects("consequences").stream().map(c ->
                new Results.Consequence(c.path(), c.text("grade"), c.range("score"), c.text("award"), c.texts("units"),
                        c.texts("series"), c.text("barred"), c.requiredText("outcome"), c.numbers("measures"),
                        c.jsonObject("optional").map(o -> new Results.Elective(o.path(), o.texts("series"),
                                o.requiredText("decision"))))).toList();
        List<Results.Prerequisite> prerequisites = in.jsonObjects("prerequisites").stream()
                .map(p -> new Results.Prerequisite(p.requiredText("id"), p.requiredText("text"))).toList();
        Optional<Results.Application> application = in.jsonObject("application").map(a -> new Results.Application(a.path(),
                a.requiredText("clause"), a.bool("stepwise").orElse(false), a.integer("waitYears", 1)));
        return new Results(rankWithin, grades, awards, bottom, consequences, prerequisites, application);
    }

    /** The approval chain, FORMAT.md §6.1. */
    private Approval approval(JsonParams in) {
        boolean selfAssessment = in.bool("selfAssessment").orElse(false);
        if (!in.has("levels")) {
            in.problem("levels", "is required: the levels from the first sign-off to 审定");
        }
        List<Approval.Level> levels = in.jsonObjects("levels").stream().map(l -> new Approval.Level(l.path(),
                l.requiredText("id"), l.requiredText("name"),
                l.keyword("covers", Approval.Covers.class).orElseGet(() -> {
                    if (!l.has("covers")) {
                        l.problem("covers", "is required: " + Keyword.words(Approval.Covers.class));
                    }
                    return Approval.Covers.CYCLE;
                }),
                l.jsonObject("signedBy").map(SchemeLoader::signer).orElseGet(() -> {
                    l.problem("signedBy", "is required: {\"role\": …, \"scope\": …}");
                    return new Approval.Signer(Approval.Signer.APPROVER, Approval.Scope.TENANT, Optional.empty());
                }))).toList();
        return new Approval(selfAssessment, levels);
    }

    /** {@code {"role": "approver", "scope": "collecting-agency"}}, or a named agency: {@code {"role": "approver", "agency": {"s1": "市委办"}}}. */
    private static Approval.Signer signer(JsonParams in) {
        String role = in.requiredText("role");
        if (!role.isEmpty() && !role.equals(Approval.Signer.APPROVER) && !role.equals(Approval.Signer.SCHEME_ADMIN)) {
            in.problem("role", "\"" + role + "\" is not one of \"" + Approval.Signer.APPROVER + "\", \""
                    + Approval.Signer.SCHEME_ADMIN + "\"");
        }
        Optional<Assessor> agency = agency(in, "agency");
        Optional<Approval.Scope> scope = in.keyword("scope", Approval.Scope.class);
        if (agency.isPresent() && scope.filter(s -> s != Approval.Scope.AGENCY).isPresent()) {
            in.problem("scope", "must be \"agency\" (or left out) with a named agency");
        }
        if (agency.isEmpty() && scope.filter(s -> s == Approval.Scope.AGENCY).isPresent()) {
            in.problem("agency", "is required with scope \"agency\": the agency, or one per series");
        }
        if (agency.isEmpty() && scope.isEmpty() && !in.has("scope")) {
            in.problem("scope", "is required: " + Keyword.words(Approval.Scope.class) + ", or name the agency");
        }
        return new Approval.Signer(role, agency.isPresent() ? Approval.Scope.AGENCY : scope.orElse(Approval.Scope.TENANT), agency);
    }

    private static int required(JsonParams in, String field, Function<JsonParams, Optional<Integer>> read) {
        if (!in.has(field)) {
            in.problem(field, "is required");
        }
        return read.apply(in).orElse(1);
    }

    /** {@code "quota": 5} for every series, or {@code "quota": {"s1": 5, "s2": 10}}. */
    private static Optional<Results.Quota> quota(JsonParams in) {
        Optional<JsonValue> raw = in.raw("quota");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (raw.get() instanceof JsonNumber) {
            return in.integer("quota", 1).map(n -> new Results.Quota(Optional.of(n), Map.of()));
        }
        if (raw.get() instanceof JsonObject o && !o.isEmpty()) {
            Map<String, Integer> perSeries = new LinkedHashMap<>();
            o.forEach((series, n) -> {
                if (n instanceof JsonNumber num && num.isIntegral() && num.intValue() >= 1) {
                    perSeries.put(series, num.intValue());
                } else {
                    in.problem("quota." + series, "must be a whole number ≥ 1");
                }
            });
            return Optional.of(new Results.Quota(Optional.empty(), perSeries));
        }
        in.problem("quota", "must be a whole number or an object of series codes to whole numbers");
        return Optional.empty();
    }
}
