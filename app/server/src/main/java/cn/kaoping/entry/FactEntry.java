package cn.kaoping.entry;

import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a fact's history, never changed (the database refuses it too): the first entry of a
 * fact, a correction (the next version, with the new fact), or a withdrawal (the next version,
 * with no fact and its reason). A fact is identified by the id of its first entry.
 */
@Entity
@Table(name = "fact_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class FactEntry {

    /** What an entry does to its fact. */
    public enum Action {
        ENTERED, CORRECTED, WITHDRAWN
    }

    @Id
    @SequenceGenerator(name = "fact_entry_seq", sequenceName = "fact_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_entry_seq")
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "fact_id", nullable = false, updatable = false)
    private Long factId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(name = "rule_ref", nullable = false, updatable = false)
    private String rule;

    @Column(updatable = false)
    private String agency;

    /** The fact as entered (a fact of the facts format, compact JSON); none for a withdrawal. */
    @Column(updatable = false)
    private String fact;

    @Column(updatable = false)
    private String reason;

    @Column(name = "entered_by_subject", nullable = false, updatable = false)
    private String enteredBySubject;

    @Column(name = "entered_by_name", nullable = false, updatable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private OffsetDateTime enteredAt;

    protected FactEntry() {
        // for JPA
    }

    private FactEntry(Long cycleId, Long factId, int version, Action action, String unit, String rule,
                      Optional<String> agency, Optional<String> fact, Optional<String> reason, Actor actor,
                      OffsetDateTime now) {
        this.cycleId = cycleId;
        this.factId = factId;
        this.version = version;
        this.action = action;
        this.unit = unit;
        this.rule = rule;
        this.agency = agency.orElse(null);
        this.fact = fact.orElse(null);
        this.reason = reason.orElse(null);
        this.enteredBySubject = actor.subject();
        this.enteredByName = actor.name();
        this.enteredAt = now;
    }

    /** A new fact: version 1; its id becomes the fact's once persisted ({@link #adoptLine}). */
    static FactEntry first(Long cycleId, EnteredFact f, Actor actor, OffsetDateTime now) {
        return new FactEntry(cycleId, null, 1, Action.ENTERED, f.unit(), f.rule(), f.agency(), Optional.of(f.json()),
                f.reason(), actor, now);
    }

    /** The next version of this fact: a correction with the new fact. */
    FactEntry correctedBy(EnteredFact f, Actor actor, OffsetDateTime now) {
        return new FactEntry(cycleId, factId, version + 1, Action.CORRECTED, unit, rule, f.agency(), Optional.of(f.json()),
                f.reason(), actor, now);
    }

    /** The next version of this fact: its withdrawal, with the reason. */
    FactEntry withdrawnBy(String why, Actor actor, OffsetDateTime now) {
        return new FactEntry(cycleId, factId, version + 1, Action.WITHDRAWN, unit, rule, Optional.ofNullable(agency),
                Optional.empty(), Optional.of(why), actor, now);
    }

    /** A first entry's fact is itself: called after persist, when the sequence has given the id. */
    void adoptLine() {
        if (factId == null) {
            factId = id;
        }
    }

    public long factId() {
        return factId;
    }

    public int version() {
        return version;
    }

    public Action action() {
        return action;
    }

    public String unit() {
        return unit;
    }

    public String rule() {
        return rule;
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    public Optional<String> fact() {
        return Optional.ofNullable(fact);
    }

    public boolean withdrawn() {
        return action == Action.WITHDRAWN;
    }

    /** How explanations and facts files name the fact: {@code fact-<id>}. */
    public String label() {
        return FactsFile.label(factId);
    }

    public FactView view() {
        return FactView.of(this, Optional.ofNullable(reason), enteredBySubject, enteredByName, enteredAt);
    }
}
