package cn.kaoping.cycle;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One assessment year (考核年度) of a tenant under one published scheme version, which its results
 * always use. Facts are taken while it is open and the day is inside its entry window.
 */
@Entity
@Table(name = "cycle")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int year;

    @Column(name = "scheme_id", nullable = false)
    private String schemeId;

    @Column(name = "scheme_version", nullable = false)
    private int schemeVersion;

    @Column(name = "entry_opens", nullable = false)
    private LocalDate entryOpens;

    @Column(name = "entry_closes", nullable = false)
    private LocalDate entryCloses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleState state;

    /** Who decided (审定) and when, while decided: 已由张三（局考核领导小组审定）于2026-12-20审定. */
    private String decision;

    /** Guards the window and state against two concurrent changes; the version callers send back. */
    @Version
    private int revision;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Cycle() {
        // for JPA
    }

    Cycle(String code, String name, int year, String schemeId, int schemeVersion, EntryWindow window, Actor actor,
          OffsetDateTime now) {
        this.code = code;
        this.name = name;
        this.year = year;
        this.schemeId = schemeId;
        this.schemeVersion = schemeVersion;
        this.entryOpens = window.opens();
        this.entryCloses = window.closes();
        this.state = CycleState.OPEN;
        this.createdAt = now;
        this.createdBy = actor.name();
    }

    /** A new window and state; a stale {@code expectedRevision} is a conflict naming the current one. */
    void change(EntryWindow window, CycleState newState, Optional<Integer> expectedRevision) {
        expect(expectedRevision);
        requireUndecided("修改录入期或状态");
        this.entryOpens = window.opens();
        this.entryCloses = window.closes();
        this.state = newState;
    }

    void expect(Optional<Integer> expectedRevision) {
        if (expectedRevision.isPresent() && expectedRevision.get() != revision) {
            throw new DomainException.Conflict("考核年度 " + code + " 已被他人修改，请重新读取后再改。",
                    Optional.of(String.valueOf(revision)));
        }
    }

    /**
     * 审定: the last approval level signed; entry is over and the results await publication.
     * {@code decision} says who and when, for those later refused.
     */
    public void decide(String decision) {
        requireUndecided("审定");
        state = CycleState.DECIDED;
        this.decision = decision;
    }

    /** The 审定 withdrawn (by its level): the cycle is closed for entry, not decided. Never once published. */
    public void undecide() {
        if (state == CycleState.PUBLISHED) {
            throw new DomainException.Conflict("考核年度 " + name + " 已通报，审定不能撤销。");
        }
        state = CycleState.CLOSED;
        decision = null;
    }

    /** 通报: the results are frozen. Only a decided cycle, or a closed one whose scheme has no approval levels. */
    public void publish(boolean hasApprovalLevels) {
        if (state == CycleState.PUBLISHED) {
            throw new DomainException.Conflict("考核年度 " + name + " 已通报，不能再次通报。");
        }
        if (state != CycleState.DECIDED && (hasApprovalLevels || state != CycleState.CLOSED)) {
            throw new DomainException.Conflict("考核年度 " + name + (hasApprovalLevels
                    ? " 尚未审定（最后一级审批尚未签核），不能通报。" : " 尚未关闭录入，不能通报。"));
        }
        state = CycleState.PUBLISHED;
    }

    /** Refuses any change once the cycle is decided (审定) or published (通报), saying by whom. */
    public void requireUndecided(String what) {
        if (state == CycleState.PUBLISHED) {
            throw new DomainException.Conflict("考核年度 " + name + " 已通报，不能" + what + "。");
        }
        if (state == CycleState.DECIDED) {
            throw new DomainException.Conflict("考核年度 " + name + " " + Optional.ofNullable(decision).orElse("已审定")
                    + "，不能" + what + "。");
        }
    }

    /** The entry window (录入期). */
    public EntryWindow window() {
        return new EntryWindow(entryOpens, entryCloses);
    }

    public CycleState state() {
        return state;
    }

    /** Refuses entry unless the cycle is open and {@code today} is inside its window. */
    public void requireEntryOpen(LocalDate today) {
        requireUndecided("再录入或修改");
        if (state != CycleState.OPEN) {
            throw new DomainException.Conflict("考核年度 " + name + " 已关闭录入，不能再录入或修改。");
        }
        if (!window().contains(today)) {
            throw new DomainException.Conflict("考核年度 " + name + " 的录入期为 " + entryOpens + " 至 " + entryCloses
                    + "，今天（" + today + "）不在录入期内，不能录入或修改。");
        }
    }

    public CycleView view() {
        return new CycleView(code, name, year, schemeId, schemeVersion, entryOpens, entryCloses, state, revision,
                createdAt, createdBy);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String schemeId() {
        return schemeId;
    }

    public int schemeVersion() {
        return schemeVersion;
    }

    public int revision() {
        return revision;
    }
}
