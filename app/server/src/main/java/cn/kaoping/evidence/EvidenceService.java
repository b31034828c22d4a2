package cn.kaoping.evidence;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence files (证明材料) of a cycle's units: uploaded by those who enter facts or report for the
 * unit, checked by content (allowed types) and size, stored in PostgreSQL with the SHA-256 in the
 * upload's transaction, and downloadable only by those who may see the unit.
 */
@ApplicationScoped
@Transactional
@InTenant
public class EvidenceService {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Inject
    Cycles cycles;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    CurrentTenant tenant;
    @Inject
    AuditTrail audit;

    /** A file with its content, for download. */
    public record Download(EvidenceFile.EvidenceView file, byte[] content) {
    }

    public EvidenceFile.EvidenceView upload(String cycleCode, String unit, Optional<String> fileName, byte[] content,
                                            Set<String> allowedTypes) {
        new InputCheck().optionalText("name", fileName.orElse(null), 200).orThrow();
        BoundCycle cycle = cycles.bound(cycleCode);
        if (cycle.unit(unit).isEmpty()) {
            throw new DomainException.Invalid("unit", "is not a unit of cycle " + cycleCode);
        }
        boolean enters = tenant.require().holdsAnyOf(Set.of(Role.ASSESSOR, Role.SCHEME_ADMIN));
        if (!enters && !scopes.units().contains(unit)) {
            throw new DomainException.Refused("只有考核员、考评办或 " + unit + " 的单位填报员能上传其证明材料。");
        }
        String type = FileType.of(content).map(FileType::mediaType).filter(allowedTypes::contains).orElseThrow(() ->
                new DomainException.Invalid("body", "must be a file of an allowed type (" + String.join(", ",
                        allowedTypes.stream().sorted().toList()) + "), recognised by its content, not its name"));
        EvidenceFile file = new EvidenceFile(cycle.cycle().id(), unit, fileName, type, content, sha256(content),
                caller.actor(), OffsetDateTime.now());
        em.persist(file);
        em.flush();
        audit.record(caller.actor(), "evidence.uploaded", "考核年度 " + cycleCode + " " + unit + " 上传证明材料 "
                + file.view().reference(), Optional.empty(), Optional.of(file.view().toString()));
        return file.view();
    }

    public Download download(String cycleCode, long id) {
        BoundCycle cycle = cycles.bound(cycleCode);
        EvidenceFile file = em.createQuery("select f from EvidenceFile f where f.cycleId = :c and f.id = :id", EvidenceFile.class)
                .setParameter("c", cycle.cycle().id()).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException.NotFound("本考核年度没有证明材料 evidence:" + id + "。"));
        if (!scopes.seesEveryUnit() && !scopes.units().contains(file.unit())) {
            throw new DomainException.Refused("你只能查看本单位的证明材料。");
        }
        return new Download(file.view(), file.content());
    }

    /** The files uploaded for a unit in the cycle, newest first, without their content; to those who may see the unit. */
    public List<EvidenceFile.EvidenceView> list(String cycleCode, String unit) {
        new InputCheck().text("unit", unit, 64).orThrow();
        BoundCycle cycle = cycles.bound(cycleCode);
        if (cycle.unit(unit).isEmpty()) {
            throw new DomainException.Invalid("unit", "is not a unit of cycle " + cycleCode);
        }
        if (!scopes.seesEveryUnit() && !scopes.units().contains(unit)) {
            throw new DomainException.Refused("你只能查看本单位的证明材料。");
        }
        return em.createQuery("select f.id, f.fileName, f.contentType, f.size, f.sha256, f.uploadedByName, f.uploadedAt "
                        + "from EvidenceFile f where f.cycleId = :c and f.unit = :u order by f.id desc", Object[].class)
                .setParameter("c", cycle.cycle().id()).setParameter("u", unit).getResultList().stream()
                .map(r -> new EvidenceFile.EvidenceView((Long) r[0], EvidenceFile.REFERENCE + r[0], unit,
                        Optional.ofNullable((String) r[1]), (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                        (OffsetDateTime) r[6])).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
