package cn.kaoping.selfassessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A unit's self-assessment: its state and revision (the ETag), the last change, the reason it was returned, its items. */
public record SelfAssessmentView(String unit, SelfAssessment.State state, int revision, Optional<OffsetDateTime> changedAt,
                                 Optional<String> changedBy, Optional<String> returnedReason,
                                 List<SelfAssessmentItem.ItemView> items) {
}
