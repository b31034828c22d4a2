package cn.kaoping.selfassessment;

import cn.kaoping.evidence.EvidenceFile;
import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.scheme.DecimalText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One indicator of a self-assessment: the 自评分 and its reason, with who entered it and when. */
@Entity
@Table(name = "self_assessment_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class SelfAssessmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "self_assessment_id", nullable = false, updatable = false)
    private Long selfAssessmentId;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicator;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(nullable = false)
    private String reason;

    /** The 证明材料 cited: references evidence:<id>, separated by spaces. */
    @Column(nullable = false)
    private String evidence = "";

    @Column(name = "entered_by_subject", nullable = false)
    private String enteredBySubject;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    protected SelfAssessmentItem() {
        // for JPA
    }

    SelfAssessmentItem(Long selfAssessmentId, String indicator) {
        this.selfAssessmentId = selfAssessmentId;
        this.indicator = indicator;
    }

    void set(BigDecimal score, String reason, List<Long> evidence, Actor actor, OffsetDateTime now) {
        this.score = score;
        this.reason = reason;
        this.evidence = evidence.stream().map(id -> EvidenceFile.REFERENCE + id).collect(Collectors.joining(" "));
        this.enteredBySubject = actor.subject();
        this.enteredByName = actor.name();
        this.enteredAt = now;
    }

    public ItemView view() {
        return new ItemView(indicator, DecimalText.showPoints(score), reason,
                evidence.isEmpty() ? List.of() : List.of(evidence.split(" ")), enteredByName, enteredBySubject, enteredAt);
    }

    /** An item as the API shows it; {@code score} with two decimals, {@code evidence} the files it cites. */
    public record ItemView(String indicator, String score, String reason, List<String> evidence, String enteredBy,
                           String enteredBySubject, OffsetDateTime enteredAt) {
    }
}
