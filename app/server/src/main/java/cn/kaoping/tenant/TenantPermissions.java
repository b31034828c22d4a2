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
     * requested parent, or above the existing jurisdiction of that code.
     */
    @Transactional
    public void checkMayProvision(ProvisionTenant request) {
        Optional<String> anchor = Optional.ofNullable(request.parent())
                .or(() -> jurisdictions.byCode(request.code()).flatMap(Jurisdiction::parent).map(Jurisdiction::code));
        boolean allowed = anchor.map(access::administersSubtreeOf).orElse(caller.isOperator());
        if (!allowed) {
            throw new DomainException.Refused("只有上级租户的平台管理员才能开通租户 " + request.code() + "。");
        }
    }
}
