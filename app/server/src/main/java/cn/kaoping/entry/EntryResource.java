package cn.kaoping.entry;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.Preconditions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The facts of a cycle (考评分的依据): assessors enter them for their agencies' indicators, correct
 * and withdraw them; each fact's ETag is its version. A POST with an Idempotency-Key may be sent
 * again: the replay answers as the first time and stores nothing.
 */
@Path("tenants/{tenant}/cycles/{cycle}/facts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class EntryResource {

    @Inject
    EntryService entry;

    /**
     * Enters one fact (an object of the facts format, tenant-schemes/FORMAT.md §7) or a batch
     * {@code {"facts": [...]}}: all are kept or none. 400 names each refused fact's field as
     * {@code facts[i].field} (a single fact: {@code field}) with the engine's rule.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "201", description = "Stored: the facts, each at version 1",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryService.Entered.class)))
    @APIResponse(responseCode = "403", description = "An indicator of an agency the caller does not assess for")
    @APIResponse(responseCode = "409", description = "The cycle's entry window is closed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    public Response enter(@PathParam("cycle") String cycle, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          String body) {
        Answer answer = entry.enter(cycle, body, Preconditions.idempotencyKey(idempotencyKey));
        return Response.status(answer.status()).entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The current facts (a unit reporter: of its units), optionally of one unit, and of one agency or
     * ({@code withoutAgency=true}) of the rules no agency scores: the 效能办's own (一票否决, 前置条件, decisions).
     */
    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.UNIT_REPORTER})
    public List<FactView> current(@PathParam("cycle") String cycle, @QueryParam("unit") String unit,
                                  @QueryParam("agency") String agency, @QueryParam("withoutAgency") String withoutAgency) {
        return entry.current(cycle, Optional.ofNullable(unit), EntryService.AgencyFilter.of(agency, withoutAgency));
    }

    /** Every version of one fact, oldest first; ETag: the current version. */
    @GET
    @Path("{fact}")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "200", description = "The fact's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FactView.class)))
    public Response history(@PathParam("cycle") String cycle, @PathParam("fact") long fact) {
        List<FactView> history = entry.history(cycle, fact);
        return Response.ok(history).tag(Preconditions.versionTag(history.get(history.size() - 1).version())).build();
    }

    /** Corrects a fact ({@code If-Match}: its version): the next version, checked by the engine as a new fact. */
    @PUT
    @Path("{fact}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile (currentVersion), withdrawn, or the entry window is closed")
    public Response correct(@PathParam("cycle") String cycle, @PathParam("fact") long fact,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        FactView corrected = entry.correct(cycle, fact, body, Preconditions.ifMatchVersion(ifMatch));
        return Response.ok(corrected).tag(Preconditions.versionTag(corrected.version())).build();
    }

    /** Withdraws a fact with its reason ({@code If-Match}: its version): it no longer counts; its history stays. */
    @POST
    @Path("{fact}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "The withdrawal, the fact's last version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile (currentVersion), withdrawn, or the entry window is closed")
    public Response withdraw(@PathParam("cycle") String cycle, @PathParam("fact") long fact,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Withdrawal withdrawal) {
        FactView withdrawn = entry.withdraw(cycle, fact, withdrawal, Preconditions.ifMatchVersion(ifMatch));
        return Response.ok(withdrawn).tag(Preconditions.versionTag(withdrawn.version())).build();
    }

    /** The current facts as a facts file: {@code kaoping-cli evaluate <scheme> --facts <this>} scores them as the server does. */
    @GET
    @Path("file")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.ASSESSOR, Role.APPROVER})
    @APIResponse(responseCode = "200", description = "A facts file (tenant-schemes/FORMAT.md §7)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response factsFile(@PathParam("cycle") String cycle) {
        return Response.ok(entry.factsFile(cycle), MediaType.APPLICATION_JSON_TYPE).build();
    }

}
