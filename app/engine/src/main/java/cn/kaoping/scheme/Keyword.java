package cn.kaoping.scheme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant spelt in the files by its name in lower case with hyphens:
 * {@code CARRY_TO_TOTAL} is {@code "carry-to-total"}.
 */
public interface Keyword {

    default String word() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Keyword> Optional<E> of(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(word)).findFirst();
    }

    /** The allowed words, for messages: {@code "deduct", "bonus"}. */
    static <E extends Enum<E> & Keyword> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.word() + "\"").collect(Collectors.joining(", "));
    }
}
