package cn.kaoping.approval;

import cn.kaoping.platform.security.Actor;
import java.util.Set;

/**
 * The caller as a signer in the tenant: whether it is a scheme admin, an approver of the whole
 * tenant, and the agencies it approves for (its assignments; never a token's claim).
 */
record Signatory(Actor actor, boolean schemeAdmin, boolean tenantApprover, Set<String> approverAgencies) {
}
