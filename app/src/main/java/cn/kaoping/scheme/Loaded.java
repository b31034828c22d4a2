package cn.kaoping.scheme;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A file read: the value when it is usable, and every problem found in it. */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {

    public boolean ok() {
        return problems.isEmpty() && value.isPresent();
    }

    /** The value; throws with all problems, one a line, when there are any. */
    public T orThrow() {
        if (!ok()) {
            throw new InvalidFileException(problems);
        }
        return value.orElseThrow();
    }

    /** Thrown by {@link #orThrow()}; the message lists the problems one a line. */
    public static final class InvalidFileException extends RuntimeException {

        private final transient List<Problem> problems;

        public InvalidFileException(List<Problem> problems) {
            super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
