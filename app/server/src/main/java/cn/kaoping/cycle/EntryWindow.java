package cn.kaoping.cycle;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The days (both included) on which a cycle takes facts. */
public record EntryWindow(LocalDate opens, LocalDate closes) {

    /** Whether {@code day} is one of the window's days. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    /** The window written as ISO dates in {@code entryOpens} and {@code entryCloses}; 400 naming each bad one. */
    static EntryWindow parse(String opens, String closes) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date("entryOpens", opens, errors);
        LocalDate until = date("entryCloses", closes, errors);
        if (errors.isEmpty() && from.isAfter(until)) {
            errors.add(new FieldError("entryCloses", "must not be before entryOpens"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return new EntryWindow(from, until);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date written as 2026-01-31"));
        return null;
    }
}
