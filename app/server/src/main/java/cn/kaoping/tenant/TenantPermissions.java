package cn.kaoping.tenant;

import cn.kaoping.jurisdiction.Jurisdiction;
import cn.kaoping.jurisdiction.Jurisdictions;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Who may bring tenants online: the rules of this capability, each refusal with its reason. */
@RequestScoped
public class TenantPermissions {

    @Inject
    Caller caller;
    @Inject
    TenantAccess access;
    @Inject
    Jurisdictions jurisdictions;

    /**
     * A tenant is provisioned by an operator or a platform admin of a tenant above it: above the
     * requested parent and, when the code is a registered jurisdiction already, above that
     * jurisdiction. Decided before anything about an existing tenant is looked at, so that a code
     * taken by a tenant the caller may not see is refused like any other code there (403) rather
     * than reported as existing (409): which tenants exist is not the caller's to learn.
     */
    @Transactional
    public void checkMayProvision(ProvisionTenant request) {
        Optional<Jurisdiction> registered = jurisdictions.byCode(request.code());
        boolean belowParent = request.parent() == null || administersBelow(Optional.of(request.parent()));
        boolean belowRegistered = registered.map(j -> administersBelow(j.parent().map(Jurisdiction::code))).orElse(true);
        boolean allowed = request.parent() == null && registered.isEmpty()
                ? caller.isOperator()
                : belowParent && belowRegistered;
        if (!allowed) {
            throw new DomainException.Refused("只有上级租户的平台管理员才能开通租户 " + request.code() + "。");
        }
    }

    /** Whether the caller administers the subtree of {@code parent}; for no parent (a root), operators only. */
    private boolean administersBelow(Optional<String> parent) {
        return parent.map(access::administersSubtreeOf).orElse(caller.isOperator());
    }
}
