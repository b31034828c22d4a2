package cn.kaoping.scoring;

import cn.kaoping.scheme.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Facts that do not fit the scheme: nothing is scored; every problem is listed with its path. */
public final class FactsRejected extends RuntimeException {

    private final transient List<Problem> problems;

    public FactsRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
