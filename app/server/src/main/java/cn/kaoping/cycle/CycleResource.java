package cn.kaoping.cycle;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.Preconditions;
import cn.kaoping.platform.web.TenantPathFilter;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The tenant's cycles (考核年度). Every member reads them; its scheme admins open them, add units
 * where the scheme lists none, and set the entry window and state. A cycle's ETag is its
 * revision; {@code If-Match} with another is a 409 naming the current one.
 */
@Path("tenants/{tenant}/cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class CycleResource {

    @Inject
    CycleService cycles;
    @Context
    UriInfo uri;

    /** The cycles, newest year first. */
    @GET
    public List<CycleView> list() {
        return cycles.list();
    }

    /**
     * Opens a cycle on a published scheme version: its units and series are the version's (or,
     * where it lists none, {@code units} of the request), its agencies those the version names.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    @APIResponse(responseCode = "409", description = "A cycle with this code exists, or the version is a draft")
    public Response open(NewCycle request) {
        CycleDetail opened = cycles.open(request);
        URI location = uri.getBaseUriBuilder().path(CycleResource.class).path("{cycle}")
                .build(uri.getPathParameters().getFirst(TenantPathFilter.PARAMETER), opened.cycle().code());
        return Response.created(location).tag(Preconditions.versionTag(opened.cycle().revision())).entity(opened).build();
    }

    /** The cycle with its units, series and agencies; ETag: its revision. */
    @GET
    @Path("{cycle}")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    public Response detail(@PathParam("cycle") String cycle) {
        CycleDetail detail = cycles.detail(cycle);
        return Response.ok(detail).tag(Preconditions.versionTag(detail.cycle().revision())).build();
    }

    /** Sets the entry window and state ({@code If-Match}: the revision read). */
    @PUT
    @Path("{cycle}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: currentVersion names the revision")
    public Response change(@PathParam("cycle") String cycle, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CycleSettings settings) {
        CycleView changed = cycles.change(cycle, settings, Preconditions.ifMatchVersion(ifMatch));
        return Response.ok(changed).tag(Preconditions.versionTag(changed.revision())).build();
    }

    /** Adds units to a cycle whose scheme lists none (新干: 所有县直效能考评单位). */
    @POST
    @Path("{cycle}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "The cycle with its units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleDetail.class)))
    public CycleDetail addUnits(@PathParam("cycle") String cycle, NewUnits units) {
        return cycles.addUnits(cycle, units);
    }

    /**
     * Links a unit to the tenant it is, or unlinks it with no {@code tenant} (seed 001: a city's
     * cycle assessing its counties): the linked tenant's scheme admins report for the unit.
     */
    @PUT
    @Path("{cycle}/units/{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "The unit as linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleUnit.UnitView.class)))
    @APIResponse(responseCode = "400", description = "The tenant is not an active tenant below this one, or is another unit of the cycle")
    @APIResponse(responseCode = "404", description = "No such cycle or unit")
    public CycleUnit.UnitView link(@PathParam("cycle") String cycle, @PathParam("unit") String unit, UnitLink link) {
        return cycles.link(cycle, unit, Optional.ofNullable(link).orElseThrow(() ->
                new DomainException.Invalid("body", "must be a JSON object: {\"tenant\": code}, or {\"tenant\": null} to unlink")));
    }

}
