package cn.kaoping.scheme;

import java.util.List;
import java.util.stream.Collectors;

/** A file or a set of facts that cannot be used; the message lists every problem, one a line. */
public class ProblemsException extends RuntimeException {

    private final transient List<Problem> problems;

    public ProblemsException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
