package cn.kaoping.people;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Finding a colleague to put in a place (人员分工): the tenant's members — never another tenant's
 * users — whose username, name or e-mail holds the search, with their roles and places.
 */
@Path("tenants/{tenant}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class MemberResource {

    @Inject
    PeopleService people;

    /** At most 50 members matching {@code search} (1 to 100 characters). */
    @GET
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "400", description = "No search, or a longer one than 100 characters")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached")
    public List<PeopleService.Member> find(@QueryParam("search") String search) {
        return people.find(search);
    }
}
