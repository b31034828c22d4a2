package cn.kaoping.tenant;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.core.HttpHeaders;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** The tenants: provisioning by a platform admin of the subtree, and the list a caller may see. */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class TenantsResource {

    /** The longest Idempotency-Key kept (tenant.idempotency_key). */
    static final int IDEMPOTENCY_KEY_LIMIT = 200;

    @Inject
    ProvisioningService provisioning;
    @Inject
    TenantPermissions permissions;
    @Inject
    TenantRecords records;
    @Inject
    TenantViews views;
    @Inject
    TenantAccess access;
    @Inject
    Caller caller;
    @Inject
    FailureInjection failures;

    /**
     * Provisions a tenant: 201 when created, 200 when the same request was done before.
     * The caller must be a platform admin of a tenant above the new one (or an operator).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Provisioned: the tenant and its first admin (with a one-time password when the account was created)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionedTenant.class)))
    @APIResponse(responseCode = "200", description = "The same request was done before: the tenant as provisioned then",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionedTenant.class)))
    @APIResponse(responseCode = "400", description = "A field of the request, or the Idempotency-Key (longer than 200 characters), is not valid")
    @APIResponse(responseCode = "503", description = "Too many provisionings at once, or Keycloak or the database failed: nothing was kept; retry after Retry-After")
    @APIResponse(responseCode = "409", description = "A tenant or jurisdiction with this code exists already, or the account is taken")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another request")
    public Response provision(ProvisionTenant request, @HeaderParam("Idempotency-Key") String idempotencyKey,
                              @Context HttpHeaders headers, @Context UriInfo uri) {
        // a test seam, read from the request rather than declared, so that the API's document does not show it
        String failAfter = headers.getHeaderString(FailureInjection.HEADER);
        if (request == null) {
            throw new DomainException.Invalid("body", "must be a JSON object: code, name, level, parent, template, year, admin");
        }
        if (idempotencyKey != null && idempotencyKey.codePointCount(0, idempotencyKey.length()) > IDEMPOTENCY_KEY_LIMIT) {
            throw new DomainException.Invalid("Idempotency-Key", "must have at most " + IDEMPOTENCY_KEY_LIMIT + " characters");
        }
        permissions.checkMayProvision(request);
        Optional<String> templateSource = request.templateRequested()
                .filter(t -> t.tenant() != null)
                .map(t -> {
                    access.visible(t.tenant());
                    return records.schemeDocument(t.tenant(), t.scheme())
                            .orElseThrow(() -> new DomainException.Invalid("template.scheme",
                                    "tenant '" + InputCheck.echo(t.tenant()) + "' has no scheme '" + InputCheck.echo(t.scheme()) + "'"));
                });
        ProvisioningService.Outcome outcome = provisioning.provision(request,
                Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()), caller.actor(), templateSource,
                failures.requested(failAfter));
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(request.code()).build())
                : Response.ok();
        return response.entity(outcome.tenant()).build();
    }

    /** The tenants the caller may see, ordered by code: one query whatever their number. */
    @GET
    public List<TenantView> list() {
        return views.visibleTo(caller);
    }
}
