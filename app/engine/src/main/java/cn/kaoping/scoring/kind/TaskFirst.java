package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scoring.CheckedFact;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counted items of which the first {@code task} fill a task and earn nothing (吉水 共性6: the articles
 * fill the 上稿任务 3篇 first, only the rest earn 每多录用…加分). The seed does not say which articles fill
 * the task; the lowest amounts do, so that the unit keeps the bonus of its best articles.
 */
final class TaskFirst {

    private TaskFirst() {
    }

    /** The items beyond the task, fact by fact (a fact counting several items may be split). */
    public record Extras(int filling, int counted, BigDecimal each, BigDecimal amount) implements Justification {
        @Override
        public String text() {
            return (filling > 0 ? filling + " 篇计入任务；" : "") + counted + " × " + DecimalText.show(each) + "分 = "
                    + DecimalText.showPoints(amount);
        }
    }

    static List<Occurrence> occurrences(AmountChoice choice, int task, RuleInput<AmountChoice.Chosen> in) {
        List<CheckedFact<AmountChoice.Chosen>> order = new ArrayList<>(in.facts());
        order.sort(Comparator.comparing((CheckedFact<AmountChoice.Chosen> f) -> choice.amountFor(f.values())));
        int left = task;
        List<Occurrence> byFact = new ArrayList<>(order.size());
        for (CheckedFact<AmountChoice.Chosen> f : order) {
            Fact fact = f.fact();
            int filling = Math.min(left, fact.count());
            left -= filling;
            int counted = fact.count() - filling;
            BigDecimal each = choice.amountFor(f.values());
            BigDecimal amount = each.multiply(BigDecimal.valueOf(counted));
            byFact.add(Occurrence.of(fact, amount, new Extras(filling, counted, each, amount)));
        }
        byFact.sort(Comparator.comparingInt(o -> o.facts().get(0).index()));
        return byFact;
    }
}
