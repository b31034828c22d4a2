package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Scheme;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a facts file against a prepared scheme before anything is scored: units, rule references,
 * applicability, the fields each kind reads, and each kind's own checks. All problems at once.
 */
final class FactCheck {


    private final PreparedScheme prepared;
    private final Problems problems = new Problems();
    /**
     * By rule index: the field lists of facts whose every field the rule's kind reads, known by identity (the
     * loader shares equal lists); a few per rule, as facts of one rule write one of a few combinations.
     */
    private final List<?>[][] readFields;
    private static final int KNOWN_FIELD_LISTS = 8;
    /** By rule index: what the kind's fact check sees of the rule. */
    private final RuleInput<?>[] checking;
    /** Unit code → position in the units list, once {@link #check} runs. */
    private final Map<String, Integer> unitIndex = new HashMap<>();
    /** Some fact checked here names {@code sameAs}. */
    private boolean namedSameAs;
    FactCheck(PreparedScheme prepared) {
        this.prepared = prepared;
        this.readFields = new List<?>[prepared.slots().size()][];
        this.checking = new RuleInput<?>[prepared.slots().size()];
    }

    /** The units the facts may name: the scheme's, then the facts file's own. */
    List<Scheme.Unit> units(FactSet facts) {
        Scheme scheme = prepared.scheme();
        if (!facts.scheme().equals(scheme.id())) {
            problems.add("scheme", "the facts are for \"" + facts.scheme() + "\", not \"" + scheme.id() + "\"");
        }
        Set<String> series = scheme.series().stream().map(Scheme.Series::code).collect(Collectors.toSet());
        Set<String> codes = scheme.units().stream().map(Scheme.Unit::code).collect(Collectors.toCollection(HashSet::new));
        for (int i = 0; i < facts.units().size(); i++) {
            Scheme.Unit u = facts.units().get(i);
            String path = Problems.index("units", i);
            if (!codes.add(u.code())) {
                problems.add(Problems.field(path, "code"), "duplicate unit \"" + u.code() + "\" (the scheme or this file lists it already)");
            }
            u.series().filter(s -> !series.contains(s))
                    .ifPresent(s -> problems.add(Problems.field(path, "series"), "unknown series \"" + s + "\""));
        }
        return Stream.concat(scheme.units().stream(), facts.units().stream()).toList();
    }

    /**
     * Checks every fact, then files it by unit and rule (prerequisites apart) after the facts filed
     * before, which are not checked again and whose lists are not changed: a unit and rule that gets a
     * fact gets a new list ({@link Filed}).
     *
     * @param byUnitAndRule the unit's facts by rule index, filled in
     * @param prerequisites per unit code: prerequisite id → met, filled in
     * @param decisions     per unit code: grade or prize → the decision on a tie, filled in
     * @param applications  per unit code: the grade it applies for, filled in
     * @param single        per unit and rule: the prerequisite, decision or application fact given, filled in
     * @return every problem of the facts; empty when they can be scored
     */
    List<Problem> check(List<Fact> facts, List<Scheme.Unit> units, List<CheckedFact<?>>[][] byUnitAndRule,
                        Map<String, Map<String, Boolean>> prerequisites, Map<String, Map<String, Decision>> decisions,
                        Map<String, Applied> applications, Map<String, Fact> single) {
        @SuppressWarnings("unchecked")
        Optional<Scheme.Unit>[] present = new Optional[units.size()]; // each unit wrapped once, not once per fact
        for (int i = 0; i < units.size(); i++) {
            unitIndex.putIfAbsent(units.get(i).code().intern(), i);
            present[i] = Optional.of(units.get(i));
        }
        Set<String> known = prepared.scheme().results().prerequisites().stream()
                .map(Results.Prerequisite::id).collect(Collectors.toSet());
        int rules = checking.length;
        Filing filing = new Filing(facts.size(), units.size() * rules);
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            Integer u = unitIndex.get(fact.unit());
            Optional<Scheme.Unit> unit = u == null ? Optional.empty() : present[u];
            if (unit.isEmpty()) {
                problems.add(Problems.field(fact.path(), "unit"), "unknown unit \"" + fact.unit() + "\"");
            }
            Optional<RuleSlot> slot = prepared.slot(fact.rule());
            if (slot.isEmpty() && fact.rule().startsWith(Results.PREREQUISITES + "/")) {
                String id = fact.rule().substring(Results.PREREQUISITES.length() + 1);
                prerequisite(fact, id, known, single);
                Optional<Boolean> met = fact.values().bool(Results.Prerequisite.MET);
                if (u != null && met.isPresent()) {
                    prerequisites.computeIfAbsent(fact.unit(), k -> new HashMap<>()).put(id, met.get());
                }
                continue;
            }
            if (slot.isEmpty() && fact.rule().startsWith(Results.APPLICATIONS + "/")) {
                application(fact, fact.rule().substring(Results.APPLICATIONS.length() + 1), single)
                        .filter(a -> u != null).ifPresent(a -> applications.put(a.unit(), a));
                continue;
            }
            if (slot.isEmpty() && fact.rule().startsWith(Results.DECISIONS + "/")) {
                decision(fact, fact.rule().substring(Results.DECISIONS.length() + 1), single)
                        .filter(d -> u != null).ifPresent(d -> decisions.computeIfAbsent(fact.unit(), k -> new HashMap<>()).put(d.name(), d));
                continue;
            }
            if (slot.isEmpty()) {
                problems.add(Problems.field(fact.path(), "rule"), "unknown rule \"" + fact.rule() + "\"");
                continue;
            }
            FactValues values = slot.get().provider().values(fact);
            int r = slot.get().index();
            if (u == null) {
                ruleFact(fact, values, slot.get(), unit, 1, fact, fact.sameAs().isPresent());
                continue;
            }
            List<CheckedFact<?>> before = byUnitAndRule[u][r] == null ? List.of() : byUnitAndRule[u][r];
            int k = u * rules + r;
            filing.add(i, k, fact, values);
            ruleFact(fact, values, slot.get(), unit, before.size() + filing.added[k], filing.first(k, before),
                    filing.firstNamesSameAs(k, before));
        }
        filing.file(facts, rules, byUnitAndRule);
        return problems.list();
    }

    /**
     * The facts of one check by unit and rule, filed once all are checked: each unit and rule that gets
     * facts gets one list of exactly its facts, those filed before first. (Lists filed as the facts came,
     * growing one by one, were copied as they grew: a fifth of checking a cycle's facts.) The checked facts
     * are made in that order too, so that scoring a unit's rule reads them one after another in memory.
     */
    private static final class Filing {
        /** By fact: its unit and rule, {@code unit * rules + rule + 1}; 0 when not filed. */
        private final int[] place;
        private final FactValues[] read;
        /** By unit and rule: how many facts of this check. */
        private final int[] added;
        /** By unit and rule: the first fact of this check. */
        private final Fact[] first;
        /** By unit and rule: whether the first fact of this check names {@code sameAs}, known without reading it again. */
        private final boolean[] firstSameAs;

        Filing(int facts, int places) {
            place = new int[facts];
            read = new FactValues[facts];
            added = new int[places];
            first = new Fact[places];
            firstSameAs = new boolean[places];
        }

        void add(int i, int k, Fact fact, FactValues values) {
            place[i] = k + 1;
            read[i] = values;
            if (added[k]++ == 0) {
                first[k] = fact;
                firstSameAs[k] = fact.sameAs().isPresent();
            }
        }

        /** The unit's first fact for the rule: filed before, else this check's first. */
        Fact first(int k, List<CheckedFact<?>> before) {
            return before.isEmpty() ? first[k] : before.get(0).fact();
        }

        boolean firstNamesSameAs(int k, List<CheckedFact<?>> before) {
            return before.isEmpty() ? firstSameAs[k] : before.get(0).fact().sameAs().isPresent();
        }

        void file(List<Fact> facts, int rules, List<CheckedFact<?>>[][] byUnitAndRule) {
            int total = 0;
            for (int u = 0, k = 0; u < byUnitAndRule.length; u++) {
                for (int r = 0; r < rules; r++, k++) {
                    if (added[k] > 0) {
                        total += added[k] + (byUnitAndRule[u][r] == null ? 0 : byUnitAndRule[u][r].size());
                    }
                }
            }
            CheckedFact<?>[] all = new CheckedFact<?>[total];
            int[] next = added; // by unit and rule, from here on: where its next fact goes
            int at = 0;
            for (int u = 0, k = 0; u < byUnitAndRule.length; u++) {
                for (int r = 0; r < rules; r++, k++) {
                    if (added[k] > 0) {
                        List<CheckedFact<?>> before = byUnitAndRule[u][r];
                        int from = at;
                        for (int j = 0; before != null && j < before.size(); j++) {
                            all[at++] = before.get(j);
                        }
                        int count = added[k];
                        next[k] = at;
                        at += count;
                        byUnitAndRule[u][r] = new Filed(all, from, at);
                    }
                }
            }
            int[] factAt = new int[total]; // by place in all: this check's fact there + 1, 0 for one filed before
            for (int i = 0; i < facts.size(); i++) {
                if (place[i] > 0) {
                    factAt[next[place[i] - 1]++] = i + 1;
                }
            }
            for (int p = 0; p < total; p++) {
                if (factAt[p] > 0) {
                    all[p] = new CheckedFact<>(facts.get(factAt[p] - 1), read[factAt[p] - 1]);
                }
            }
        }
    }

    /** A unit's facts for a rule: a part of the one array a check filed them all in. Never changed. */
    private static final class Filed extends AbstractList<CheckedFact<?>> implements RandomAccess {
        private final CheckedFact<?>[] all;
        private final int from;
        private final int to;

        Filed(CheckedFact<?>[] all, int from, int to) {
            this.all = all;
            this.from = from;
            this.to = to;
        }

        @Override
        public CheckedFact<?> get(int index) {
            Objects.checkIndex(index, to - from);
            return all[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /**
     * @param values            what the rule's kind read of the fact
     * @param filed             the unit's facts for the rule so far, this one included
     * @param first             the first of them, read only to name it in a problem (the facts are too many to read twice)
     * @param firstNamesSameAs  whether the first names {@code sameAs}
     */
    private void ruleFact(Fact fact, FactValues values, RuleSlot slot, Optional<Scheme.Unit> unit, int filed, Fact first,
                          boolean firstNamesSameAs) {
        String ref = slot.rule().ref();
        RuleProvider<?, ?> provider = slot.provider();
        if (unit.isPresent() && !slot.appliesTo(unit.get())) {
            problems.add(Problems.field(fact.path(), "rule"), ref + " does not apply to unit " + unit.get().code()
                    + " (" + unit.get().name() + ")");
        }
        if (slot.fromScheme().isPresent()) {
            problems.add(Problems.field(fact.path(), "rule"), ref + " takes its score from scheme \""
                    + slot.fromScheme().get() + "\"; write no facts for it");
            return;
        }
        if (slot.countsFactsOf().isPresent()) {
            problems.add(Problems.field(fact.path(), "rule"), ref + " counts the facts of " + slot.owner().orElseThrow().code()
                    + "/" + slot.countsFactsOf().get() + "; write no facts for it");
            return;
        }
        Scheme.Period period = prepared.scheme().period();
        if (fact.date().isPresent() && slot.windowFrom().isPresent() && fact.date().get().isAfter(period.to())) {
            // a rule looking back over a window takes facts from before the period (older than the window: shown, not counted)
            problems.add(Problems.field(fact.path(), Fact.DATE.name()), fact.date().get() + " is after the end of the period " + period);
        } else if (fact.date().isPresent() && slot.windowFrom().isEmpty() && !period.contains(fact.date().get())) {
            problems.add(Problems.field(fact.path(), Fact.DATE.name()), fact.date().get() + " is outside the period " + period);
        } else if (slot.dated() && fact.date().isEmpty() && fact.sameAs().isEmpty()) {
            problems.add(Problems.field(fact.path(), Fact.DATE.name()), "is required by " + ref
                    + " (facts are attributed to the period by their date)");
        }
        if (slot.evidenceBasis().isPresent() && fact.evidence().isEmpty() && fact.sameAs().isEmpty()) {
            // 桂林 14 以上扣分项目以市委督查和绩效考评办公室通报为依据: a fact without the 通报 is not a fact of the rule
            problems.add(Problems.field(fact.path(), Fact.EVIDENCE.name()), "is required by " + ref + " (以"
                    + slot.evidenceBasis().get() + "为依据)");
        }
        if (fact.sameAs().isPresent() || filed > 1 && firstNamesSameAs) {
            namedSameAs |= fact.sameAs().isPresent();
            sameAs(fact, ref, unit, filed, first);
            return;
        }
        if (!known(readFields[slot.index()], fact.written())) {
            boolean all = true;
            for (String f : fact.written()) {
                if (!provider.reads(f)) {
                    problems.add(Problems.field(fact.path(), f), "not read by " + provider.id() + " rules");
                    all = false;
                }
            }
            List<?>[] known = readFields[slot.index()];
            if (all && (known == null || known.length < KNOWN_FIELD_LISTS)) {
                known = known == null ? new List<?>[1] : Arrays.copyOf(known, known.length + 1);
                known[known.length - 1] = fact.written();
                readFields[slot.index()] = known;
            }
        }
        if (fact.role().isPresent() && slot.jointWork().isEmpty()) {
            problems.add(Problems.field(fact.path(), "role"), ref + " has no jointWork shares");
        }
        if (fact.condition().isPresent()) {
            String c = fact.condition().get();
            if (slot.rule().multipliers().isEmpty()) {
                problems.add(Problems.field(fact.path(), "condition"), ref + " has no multipliers");
            } else if (!slot.rule().multipliers().containsKey(c)) {
                problems.add(Problems.field(fact.path(), "condition"), "unknown condition \"" + c + "\" for " + ref
                        + " (one of " + String.join(", ", slot.rule().multipliers().keySet()) + ")");
            }
        }
        if (provider.oneFactPerUnit() && filed > 1) {
            second(fact, first, ref + " takes one value per unit");
        }
        if (checking[slot.index()] == null) {
            checking[slot.index()] = new RuleInput<>(slot.rule(), slot.share(), List.of(), prepared.scheme().period());
        }
        provider.checkFact(slot.rule().params(), checking[slot.index()], fact, values, problems);
    }

    private static boolean known(List<?>[] lists, List<String> written) {
        for (int i = 0; lists != null && i < lists.length; i++) {
            if (lists[i] == written) {
                return true;
            }
        }
        return false;
    }

    /** A fact taking another unit's facts for the rule: nothing of its own beyond the common part, the rule's only fact. */
    private void sameAs(Fact fact, String ref, Optional<Scheme.Unit> unit, int filed, Fact first) {
        if (filed > 1) {
            problems.add(fact.path(), "a second fact for " + ref + " and unit " + fact.unit() + " (first: " + first.label()
                    + "); a unit that takes the rule's facts from another unit (sameAs) has no others");
            return;
        }
        String other = fact.sameAs().orElseThrow();
        if (!unitIndex.containsKey(other) || unit.map(u -> u.code().equals(other)).orElse(false)) {
            problems.add(Problems.field(fact.path(), Fact.SAME_AS.name()), "unknown unit \"" + other + "\"");
        }
        fact.written().stream().filter(f -> !Fact.READ_BY_EVERY_RULE.contains(f))
                .forEach(f -> problems.add(Problems.field(fact.path(), f), "not read with sameAs (the facts are " + other + "'s)"));
    }

    boolean namedSameAs() {
        return namedSameAs;
    }

    /** Position of a unit in the units list. */
    Optional<Integer> unitIndex(String code) {
        return Optional.ofNullable(unitIndex.get(code));
    }

    private void prerequisite(Fact fact, String id, Set<String> known, Map<String, Fact> single) {
        if (!known.contains(id)) {
            problems.add(Problems.field(fact.path(), "rule"), "unknown prerequisite \"" + id + "\"");
            return;
        }
        String met = Results.Prerequisite.MET.name();
        fact.written().stream().filter(f -> !Fact.READ_BY_EVERY_RULE.contains(f) && !f.equals(met))
                .forEach(f -> problems.add(Problems.field(fact.path(), f), "not read by prerequisites"));
        if (fact.values().bool(Results.Prerequisite.MET).isEmpty()) {
            problems.add(Problems.field(fact.path(), met), "is required for a prerequisite (true or false)");
        }
        Fact first = single.putIfAbsent(fact.unit() + "\n" + fact.rule(), fact);
        if (first != null) {
            second(fact, first, "a prerequisite is met or not once per unit");
        }
    }

    /** A {@code decisions/<name>} fact: a grade with a quota, a prize or an optional consequence, granted or not, by whom, when, why. */
    private Optional<Decision> decision(Fact fact, String name, Map<String, Fact> single) {
        List<String> decidable = prepared.scheme().results().decidable();
        if (!decidable.contains(name)) {
            problems.add(Problems.field(fact.path(), "rule"), "unknown grade with a quota, prize or optional consequence's decision \"" + name + "\" (one of "
                    + String.join(", ", decidable) + ")");
            return Optional.empty();
        }
        Set<String> fields = Results.DECISION_FIELDS.stream().map(FieldDescription::name).collect(Collectors.toSet());
        fact.written().stream().filter(f -> !Fact.READ_BY_EVERY_RULE.contains(f) && !fields.contains(f))
                .forEach(f -> problems.add(Problems.field(fact.path(), f), "not read by decisions"));
        Optional<Boolean> granted = fact.values().bool(Results.GRANTED);
        Optional<String> by = fact.values().text(Results.DECIDED_BY);
        Optional<String> on = fact.values().text(Results.DECIDED_ON);
        for (FieldDescription f : Results.DECISION_FIELDS) {
            if (!fact.written().contains(f.name())) {
                problems.add(Problems.field(fact.path(), f.name()), "is required for a decision");
            }
        }
        if (fact.reason().isEmpty()) {
            problems.add(Problems.field(fact.path(), Fact.REASON.name()), "is required for a decision (why)");
        }
        on.filter(d -> !d.matches("\\d{4}-\\d{2}-\\d{2}")).ifPresent(d ->
                problems.add(Problems.field(fact.path(), Results.DECIDED_ON.name()), "\"" + d + "\" is not a date like 2010-01-15"));
        Fact first = single.putIfAbsent(fact.unit() + "\n" + fact.rule(), fact);
        if (first != null) {
            second(fact, first, "one decision per unit and grade or prize");
        }
        if (granted.isEmpty() || by.isEmpty() || on.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(fact.unit(), name, granted.get(), by.get(), on.get(), fact.reason(), fact.label()));
    }

    /**
     * An {@code applications/<grade>} fact (湖北 第三条): a known grade, the grade held, since when; with
     * {@code stepwise} the held grade or the one just above it (the lowest without one), and with {@code waitYears}
     * a promotion only that long after the held grade was obtained (by the 申报 date, else the period's end).
     */
    private Optional<Applied> application(Fact fact, String level, Map<String, Fact> single) {
        Results results = prepared.scheme().results();
        if (results.application().isEmpty()) {
            problems.add(Problems.field(fact.path(), "rule"), "the scheme grades no applications (results.application)");
            return Optional.empty();
        }
        Results.Application rule = results.application().get();
        List<String> grades = results.grades().stream().map(Results.Grade::name).toList();
        Set<String> fields = Results.APPLICATION_FIELDS.stream().map(FieldDescription::name).collect(Collectors.toSet());
        fact.written().stream().filter(f -> !Fact.READ_BY_EVERY_RULE.contains(f) && !fields.contains(f))
                .forEach(f -> problems.add(Problems.field(fact.path(), f), "not read by applications"));
        String known = " (one of " + String.join(", ", grades) + ")";
        if (!grades.contains(level)) {
            problems.add(Problems.field(fact.path(), "rule"), "unknown grade \"" + level + "\"" + known);
            return Optional.empty();
        }
        Optional<String> held = fact.values().text(Results.HELD);
        Optional<String> since = fact.values().text(Results.HELD_SINCE);
        Optional<LocalDate> heldSince = since.flatMap(d -> date(fact, Results.HELD_SINCE, d));
        if (held.isPresent() && !grades.contains(held.get())) {
            problems.add(Problems.field(fact.path(), Results.HELD.name()), "unknown grade \"" + held.get() + "\"" + known);
            return Optional.empty();
        }
        if (since.isPresent() && held.isEmpty()) {
            problems.add(Problems.field(fact.path(), Results.HELD_SINCE.name()), "needs held (the grade held since then)");
        }
        boolean promotion = !held.map(level::equals).orElse(false);
        if (rule.stepwise()) {
            String expected = held.map(h -> grades.indexOf(h) == 0 ? h : grades.get(grades.indexOf(h) - 1))
                    .orElse(grades.get(grades.size() - 1));
            if (promotion && !level.equals(expected)) {
                problems.add(Problems.field(fact.path(), "rule"), "逐级晋升: " + held.map(h -> "holding " + h + ", a unit applies for "
                        + expected + " (or " + h + " again, 复查)").orElse("a unit holding no grade applies for " + expected)
                        + ", not " + level);
            }
        }
        if (rule.waitYears().isPresent() && promotion && held.isPresent()) {
            int years = rule.waitYears().get();
            LocalDate applied = fact.date().orElse(prepared.scheme().period().to());
            if (since.isEmpty()) {
                problems.add(Problems.field(fact.path(), Results.HELD_SINCE.name()), "is required for a promotion (waitYears "
                        + years + ": the held grade's date)");
            } else if (heldSince.isPresent() && applied.isBefore(heldSince.get().plusYears(years))) {
                problems.add(Problems.field(fact.path(), Results.HELD_SINCE.name()), held.get() + " held since " + heldSince.get()
                        + ": " + level + " may be applied for from " + heldSince.get().plusYears(years) + " on (waitYears " + years
                        + "), not on " + applied);
            }
        }
        Fact first = single.putIfAbsent(fact.unit() + "\n" + Results.APPLICATIONS, fact);
        if (first != null) {
            problems.add(fact.path(), "a second application of unit " + fact.unit() + " (first: " + first.label()
                    + "); a unit applies for one level");
        }
        return Optional.of(new Applied(fact.unit(), level, held, fact.label()));
    }

    private Optional<LocalDate> date(Fact fact, FieldDescription field, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(Problems.field(fact.path(), field.name()), "\"" + text + "\" is not a date like 2010-01-15");
            return Optional.empty();
        }
    }

    /** Refuses a second fact for the same unit and rule. */
    private void second(Fact fact, Fact first, String why) {
        problems.add(fact.path(), "a second fact for " + fact.rule() + " and unit " + fact.unit() + " (first: "
                + first.label() + "); " + why);
    }
}
