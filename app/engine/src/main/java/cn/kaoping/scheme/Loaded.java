package cn.kaoping.scheme;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A file read: the value when it is usable, and every problem found in it. */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {

    /** The value when nothing was wrong, else only the problems. */
    static <T> Loaded<T> of(T value, Problems problems) {
        return new Loaded<>(problems.isEmpty() ? Optional.of(value) : Optional.empty(), problems.list());
    }

    static <T> Loaded<T> failed(Problems problems) {
        return new Loaded<>(Optional.empty(), problems.list());
    }

    /** Reads a UTF-8 file with {@code read}; a file that cannot be read is one problem. */
    static <T> Loaded<T> fromFile(Path file, Function<Reader, Loaded<T>> read) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read.apply(in);
        } catch (IOException e) {
            return new Loaded<>(Optional.empty(), List.of(new Problem("", "cannot read " + file + ": " + e.getMessage())));
        }
    }

    public boolean ok() {
        return problems.isEmpty() && value.isPresent();
    }

    /** The value; throws with all problems, one a line, when there are any. */
    public T orThrow() {
        if (!ok()) {
            throw new ProblemsException(problems);
        }
        return value.orElseThrow();
    }
}
