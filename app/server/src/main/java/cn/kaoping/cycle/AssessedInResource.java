package cn.kaoping.cycle;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Where the tenant is itself assessed: the units of cycles of tenants above linked to it (a county
 * in its city's cycle, seed 001). Its scheme admins report for those units in those cycles.
 */
@Path("tenants/{tenant}/assessed-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class AssessedInResource {

    @Inject
    AssessedIn assessedIn;

    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.VIEWER})
    public List<AssessedUnit> list() {
        return assessedIn.list();
    }
}
