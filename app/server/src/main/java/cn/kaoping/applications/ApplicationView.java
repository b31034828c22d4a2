package cn.kaoping.applications;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A bonus application as the API shows it: what was applied for, by whom and when, its state and
 * revision (the ETag a decision sends back), the decision, and the fact an approval made.
 */
public record ApplicationView(long id, String unit, String rule, String item, Optional<String> level,
                              Optional<String> matter, Optional<String> evidence, BonusApplication.State state,
                              int revision, String appliedBy, String appliedBySubject, OffsetDateTime appliedAt,
                              Optional<String> decidedBy, Optional<OffsetDateTime> decidedAt,
                              Optional<String> decisionReason, Optional<Long> fact) {
}
