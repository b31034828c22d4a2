package cn.kaoping.scoring;

import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.ProblemsException;
import java.util.List;

/** Facts that do not fit the scheme: nothing is scored; every problem is listed with its path. */
public final class FactsRejected extends ProblemsException {

    public FactsRejected(List<Problem> problems) {
        super(problems);
    }
}
