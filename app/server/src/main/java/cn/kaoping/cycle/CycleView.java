package cn.kaoping.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A cycle as the API shows it; {@code revision} is the version a change sends back (If-Match). */
public record CycleView(String code, String name, int year, String scheme, int schemeVersion, LocalDate entryOpens,
                        LocalDate entryCloses, CycleState state, int revision, OffsetDateTime createdAt,
                        String createdBy) {
}
