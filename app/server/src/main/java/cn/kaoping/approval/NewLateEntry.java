package cn.kaoping.approval;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A late-entry exception the scheme admin grants: the unit (and optionally one indicator of it),
 * why, and the last day (inclusive, in the tenant's zone) it lets changes in.
 */
public record NewLateEntry(String unit, String indicator, String reason, String until) {

    public NewLateEntry {
        new InputCheck().text("unit", unit, 64).optionalText("indicator", indicator, 200).text("reason", reason, 2000)
                .text("until", until, 10).orThrow();
    }

    LocalDate lastDay() {
        try {
            return LocalDate.parse(until);
        } catch (DateTimeParseException e) {
            throw new DomainException.Invalid("until", "must be a date like 2026-12-31");
        }
    }

    Optional<String> indicatorCode() {
        return Optional.ofNullable(indicator);
    }
}
