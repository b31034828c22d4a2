package cn.kaoping.publication;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.results.ResultsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 通报: once the cycle is decided (审定; a scheme without approval levels: closed), its scheme admin
 * publishes it, which freezes the ranking and every unit's sheet as they stand. Later facts, a
 * withdrawn sign-off or a new scheme version never alter what was published. Each unit's
 * reporters read their own sheet; the tenant's viewers the ranking; its admins and approvers and
 * the admins of the tenants above everything.
 */
@ApplicationScoped
@Transactional
@InTenant
public class PublicationService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Inject
    Cycles cycles;
    @Inject
    ResultsService results;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    public PublicationView publish(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        cycles.takeForSignOff(cycle.cycle());
        cycle.cycle().publish(!cycle.scheme().approval().levels().isEmpty());
        Publication publication = new Publication(cycle.cycle().id(), cycle.schemeHash(), JSONB.toJson(results.results(cycleCode)),
                caller.actor().name(), OffsetDateTime.now());
        em.persist(publication);
        flush(cycleCode);
        for (CycleUnit unit : cycle.units()) {
            em.persist(new PublishedSheet(publication.id(), unit.code(), results.sheet(cycleCode, unit.code())));
        }
        flush(cycleCode);
        audit.record(caller.actor(), "cycle.published", "考核年度 " + cycleCode + " 通报（" + cycle.units().size() + "个单位）",
                Optional.empty(), Optional.of(cycle.schemeHash()));
        return publication.view(cycleCode);
    }

    /** The published ranking; 404 before the publication. */
    public PublicationView ranking(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return find(cycle).view(cycleCode);
    }

    /** One unit's published sheet; a unit reporter reads its own units' only. */
    public String sheet(String cycleCode, String unitCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        if (cycle.unit(unitCode).isEmpty()) {
            throw new DomainException.NotFound("考核年度 " + cycleCode + " 没有被考评单位 " + InputCheck.echo(unitCode) + "。");
        }
        if (!scopes.seesEveryUnit() && !scopes.units().contains(unitCode)) {
            throw new DomainException.Refused("你只能查看本单位的通报考核表。");
        }
        Publication publication = find(cycle);
        return em.createQuery("select s from PublishedSheet s where s.publicationId = :p and s.unit = :u", PublishedSheet.class)
                .setParameter("p", publication.id()).setParameter("u", unitCode).getResultStream().findFirst()
                .map(PublishedSheet::sheet).orElseThrow(() -> new DomainException.NotFound("通报中没有 " + unitCode + " 的考核表。"));
    }

    private Publication find(BoundCycle cycle) {
        return em.createQuery("select p from Publication p where p.cycleId = :c", Publication.class)
                .setParameter("c", cycle.cycle().id()).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException.NotFound("考核年度 " + cycle.cycle().code() + " 尚未通报。"));
    }

    private void flush(String cycleCode) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict("考核年度 " + cycleCode + " 刚被他人通报。");
        }
    }
}
