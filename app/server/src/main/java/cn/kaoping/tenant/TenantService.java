package cn.kaoping.tenant;

import cn.kaoping.audit.AuditEvent;
import cn.kaoping.audit.AuditTrail;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.schemes.SchemeVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** What is done in the tenant of the request: read it (with its schemes) and its audit trail; archive it. */
@ApplicationScoped
@Transactional
@InTenant
public class TenantService {

    @Inject
    CurrentTenant current;
    @Inject
    Caller caller;
    @Inject
    TenantViews views;
    @Inject
    Tenants tenants;
    @Inject
    SchemeVersions schemes;
    @Inject
    AuditTrail audit;

    public TenantView view() {
        return views.one(current.code()).orElseThrow().withSchemes(TenantView.SchemeSummary.of(schemes.schemes()));
    }

    public List<AuditEvent> auditEvents() {
        return audit.events();
    }

    /** Records that a scheme admin of the tenant was given a new one-time password (not the password). */
    public void recordTemporaryPassword(String username) {
        audit.record(caller.actor(), "tenant.admin-password-reset", "重置方案管理员 " + username + " 的一次性密码");
    }

    /** Its users lose access at once; the admins above keep reading its data. */
    public void archive() {
        tenants.byCode(current.code()).orElseThrow().archive(OffsetDateTime.now());
        audit.record(caller.actor(), "tenant.archived", "租户归档 " + current.code());
    }
}
