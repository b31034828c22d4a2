package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.CheckedFact;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code quota}: so many items per month (or per period), each fact dated; every month whose facts fall
 * short of the quota costs the amount — a month without any fact too. 武进 附件4 信息报送考核标准: 表格中只有数字的，
 * 表示该部门每月需报送的信息数量; 附件2 信息报送有一月未达标扣1分 (差1条至全部未报均为一月未达标) = per month, quota 4,
 * amount 1; 全年不低于5条 = per period, quota 5, amount 1.
 */
public final class Quota extends RuleProvider<Quota.QuotaParams, Quota.Item> {

    private static final FieldDescription PER = FieldDescription.optional("per", FieldType.Words.of(Per.class),
            "month (default): the quota holds for every calendar month of the scheme's period; period: once for the whole period");
    private static final FieldDescription QUOTA = FieldDescription.required("quota", FieldType.Scalar.WHOLE,
            "how many items (Σ count of the facts dated in it) each month or the period needs");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "points per month (or period) short of the quota");

    public Quota() {
        super("quota", QuotaParams.class, "so many dated items per month or per period; each month (or period) short costs an amount",
                List.of(PER, QUOTA, AMOUNT), List.of(Fact.COUNT), Effect.DEDUCT);
    }

    /** What one quota covers: a calendar month of the period, or the whole period. */
    public enum Per implements Keyword {
        MONTH, PERIOD
    }

    public record QuotaParams(Per per, int quota, BigDecimal amount) implements RuleParams {
    }

    /** A quota fact has no values beyond its common part: its date and count. */
    public record Item() implements FactValues {
    }

    private static final Item ITEM = new Item();

    /** One month (or the period), the items dated in it, and whether they reach the quota. */
    public record Tally(String span, int items, int quota, BigDecimal amount) implements Justification {
        @Override
        public String text() {
            return span + "：" + items + " 条，标准 " + quota + " 条，" + (items >= quota ? "达标" : "未达标，扣 " + Notes.points(amount));
        }
    }

    @Override
    public QuotaParams parse(Params in) {
        if (!in.has(QUOTA.name())) {
            in.problem(QUOTA.name(), "is required");
        }
        return new QuotaParams(in.keyword(PER.name(), Per.class).orElse(Per.MONTH), in.integer(QUOTA.name(), 1).orElse(1),
                in.requiredAmount(AMOUNT.name()));
    }

    @Override
    protected void validate(QuotaParams params, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        if (rule.whenNoFact().isPresent()) {
            problems.add(Problems.field(rule.path(), "whenNoFact"), "does not apply to quota rules: a month without facts is a month short");
        }
        if (!rule.multipliers().isEmpty()) {
            problems.add(Problems.field(rule.path(), "multipliers"), "not possible for quota rules: a month short is no one fact's");
        }
    }

    @Override
    public boolean scoresWithoutFacts() {
        return true;
    }

    /** Each item counts in the month of its date, so every fact is dated. */
    @Override
    protected List<EntryField> entry(QuotaParams params, Optional<BigDecimal> share) {
        return List.of(EntryField.COUNT, EntryField.DATE);
    }

    @Override
    protected Item read(FactFields fields) {
        return ITEM;
    }

    @Override
    protected void check(QuotaParams params, RuleInput<Item> in, Fact fact, Item values, Problems problems) {
        if (fact.date().isEmpty()) {
            problems.add(Problems.field(fact.path(), Fact.DATE.name()), "is required by " + in.rule().ref()
                    + " (a fact counts in the month of its date)");
        }
    }

    @Override
    protected List<Occurrence> occurrences(QuotaParams p, RuleInput<Item> in) {
        Scheme.Period period = in.period();
        if (p.per() == Per.PERIOD) {
            return List.of(tally(p, period.toString(), in.facts(), period.from(), period.to()));
        }
        List<Occurrence> months = new ArrayList<>(12);
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.add(tally(p, m.toString(), in.facts(), m.atDay(1), m.atEndOfMonth()));
        }
        return months;
    }

    /** The facts dated from {@code from} to {@code to} (both included) against the quota. */
    private static Occurrence tally(QuotaParams p, String span, List<CheckedFact<Item>> facts, LocalDate from, LocalDate to) {
        List<Fact> in = new ArrayList<>();
        int items = 0;
        for (CheckedFact<Item> f : facts) {
            LocalDate d = f.fact().date().orElseThrow();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                in.add(f.fact());
                items += f.fact().count();
            }
        }
        BigDecimal amount = items >= p.quota() ? BigDecimal.ZERO : p.amount();
        return new Occurrence(List.copyOf(in), amount, Optional.empty(), new Tally(span, items, p.quota(), p.amount()));
    }
}
