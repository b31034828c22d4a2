package cn.kaoping.tenant;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.audit.AuditTrail;
import cn.kaoping.jurisdiction.Jurisdiction;
import cn.kaoping.jurisdiction.JurisdictionLevel;
import cn.kaoping.jurisdiction.Jurisdictions;
import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.schemes.SchemeCopy;
import cn.kaoping.schemes.SchemeStatus;
import cn.kaoping.schemes.SchemeVersion;
import cn.kaoping.schemes.SchemeVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The database side of tenants: each method is one transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TenantRecords {

    @Inject
    Tenants tenants;
    @Inject
    TenantViews views;
    @Inject
    Jurisdictions jurisdictions;
    @Inject
    SchemeVersions schemes;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;

    /** What provisioning will write, checked before anything is written anywhere. */
    record Plan(String code, String name, JurisdictionLevel level, Optional<String> parent, boolean newJurisdiction,
                Optional<SchemeCopy> scheme, String requestDigest) {

        Plan withScheme(Optional<SchemeCopy> copy) {
            return new Plan(code, name, level, parent, newJurisdiction, copy, requestDigest);
        }
    }

    /** The tenant provisioned by this caller with this key; another caller's key is another key. */
    public Optional<Tenant> byIdempotencyKey(Actor caller, String key) {
        return tenants.byIdempotencyKey(caller.subject(), key);
    }

    /** The digest of the request that provisioned the tenant with this code, if known. */
    public Optional<String> requestDigest(String code) {
        return tenants.byCode(code).flatMap(Tenant::requestDigest);
    }

    /** The tenant with its schemes, read inside the tenant. */
    public Optional<TenantView> view(String code) {
        return views.one(code).map(v -> {
            scope.enter(code);
            return v.withSchemes(TenantView.SchemeSummary.of(schemes.schemes()));
        });
    }

    /**
     * Checks the jurisdiction side of a request: an existing jurisdiction must be the one asked
     * for (409 otherwise); a new one needs an existing parent and a level that fits below it.
     */
    public Plan plan(ProvisionTenant request, Optional<SchemeCopy> scheme) {
        JurisdictionLevel level = JurisdictionLevel.valueOf(request.level());
        Optional<Jurisdiction> existing = jurisdictions.byCode(request.code());
        if (existing.isPresent()) {
            Jurisdiction j = existing.get();
            Optional<String> parent = j.parent().map(Jurisdiction::code);
            if (j.level() != level || (request.parent() != null && !parent.equals(Optional.of(request.parent())))) {
                throw new DomainException.Conflict("The jurisdiction '" + request.code() + "' exists as a " + j.level()
                        + parent.map(p -> " below " + p).orElse("") + ".");
            }
            return new Plan(request.code(), j.name(), level, parent, false, scheme, request.digest());
        }
        if (request.parent() == null) {
            throw new DomainException.Invalid("parent", "must name the parent jurisdiction of a new jurisdiction");
        }
        Jurisdiction parent = jurisdictions.byCode(request.parent())
                .orElseThrow(() -> new DomainException.Invalid("parent", "no jurisdiction '" + request.parent() + "'"));
        parent.establishChild(request.code(), request.name(), level); // checks the level only
        return new Plan(request.code(), request.name(), level, Optional.of(parent.code()), true, scheme, request.digest());
    }

    /** The document of another tenant's scheme as published last, read inside that tenant. */
    public Optional<String> schemeDocument(String tenantCode, String schemeId) {
        scope.enter(tenantCode);
        return schemes.current(schemeId).filter(v -> v.status() == SchemeStatus.PUBLISHED).map(SchemeVersion::document);
    }

    /** Writes the tenant: jurisdiction if new, tenant, scheme copy (version 1, published), audit entry. */
    public void store(Plan plan, String keycloakGroup, Actor actor, Optional<String> idempotencyKey,
                      Runnable beforeCommit) {
        scope.enter(plan.code());
        if (plan.newJurisdiction()) {
            Jurisdiction parent = jurisdictions.byCode(plan.parent().orElseThrow()).orElseThrow();
            jurisdictions.add(parent.establishChild(plan.code(), plan.name(), plan.level()));
        }
        tenants.add(new Tenant(plan.code(), keycloakGroup, actor, idempotencyKey, plan.requestDigest()));
        List<String> copies = new ArrayList<>();
        plan.scheme().ifPresent(copy -> {
            schemes.add(SchemeVersion.provisioned(copy, actor, OffsetDateTime.now()));
            copies.add(copy.schemeId() + " from " + copy.origin());
        });
        audit.record(actor, "tenant.provisioned", "租户开通 " + plan.code() + " " + plan.name()
                + (copies.isEmpty() ? "" : "; 考评方案 " + String.join(", ", copies)));
        beforeCommit.run();
    }

}
