package cn.kaoping.schemes;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantPathFilter;
import cn.kaoping.platform.web.Preconditions;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The tenant's schemes and their versions (see tenant-schemes/FORMAT.md, "Versions"). Every member
 * who may see the tenant reads them; its scheme admins upload, replace, publish and clone. A
 * version's ETag is its content hash; {@code If-Match} with another hash is a 409 naming the
 * current one.
 */
@Path("tenants/{tenant}/schemes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class SchemeResource {

    @Inject
    SchemeService schemes;
    @Inject
    CompiledSchemes compiled;
    @Context
    UriInfo uri;

    /** The schemes with their versions, newest year first. */
    @GET
    public List<SchemeView> list() {
        return schemes.list();
    }

    /**
     * Uploads a scheme file as a new draft: version 1 of a new scheme, or the next version of the
     * scheme its {@code id} names (409 while that scheme has a draft). 400 with every problem the
     * engine finds, each with its JSON path as {@code field}; nothing is stored then.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "Stored as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionView.class)))
    @APIResponse(responseCode = "409", description = "The scheme has a draft already")
    public Response upload(String document) {
        return created(schemes.upload(document));
    }

    /** Checks a scheme file as an upload would, storing nothing: {@code valid} and every problem with its path. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    public Validation validate(String document) {
        List<FieldError> errors = CompiledSchemes.fieldErrors(compiled.load(document).problems());
        return new Validation(errors.isEmpty(), errors);
    }

    /** The answer of {@link #validate}. */
    public record Validation(boolean valid, List<FieldError> errors) {
    }

    /**
     * Indicators and rules added, removed and changed from one version to another, with their
     * points; {@code from} and {@code to} are {@code <scheme id>@<version>}, of one scheme or two.
     */
    @GET
    @Path("diff")
    public SchemeVersionDiff diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        return schemes.diff(VersionRef.parse("from", from), VersionRef.parse("to", to));
    }

    /** The document of the version in force (the newest published, else the first draft). */
    @GET
    @Path("{scheme}")
    @APIResponse(responseCode = "200", description = "The scheme document (see tenant-schemes/FORMAT.md); its ETag is the content hash",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response current(@PathParam("scheme") String scheme) {
        return document(schemes.current(scheme));
    }

    /** The scheme with every version (without documents). */
    @GET
    @Path("{scheme}/versions")
    public SchemeView versions(@PathParam("scheme") String scheme) {
        return schemes.scheme(scheme);
    }

    /** The document of one version; its ETag is the content hash. */
    @GET
    @Path("{scheme}/versions/{version}")
    @APIResponse(responseCode = "200", description = "The version's document; its ETag is the content hash",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response version(@PathParam("scheme") String scheme, @PathParam("version") int version) {
        return document(schemes.document(new VersionRef(scheme, version)));
    }

    /**
     * The 考评录入 form of every rule of the version: the fields a fact of the rule is entered with, each
     * with its Chinese label, its input and its choices or bounds, as the rule's kind describes them
     * (tenant-schemes/FORMAT.md §11, "Entry form").
     */
    @GET
    @Path("{scheme}/versions/{version}/form")
    @APIResponse(responseCode = "200", description = "{\"rules\": [{\"rule\", \"effect\", \"entered\", \"reasonRequired\", \"evidenceBasis\", \"fields\"}]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response form(@PathParam("scheme") String scheme, @PathParam("version") int version) {
        return Response.ok(schemes.entryForm(new VersionRef(scheme, version)).json().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Replaces a draft's document (409 for a published version: a change makes a new draft). */
    @PUT
    @Path("{scheme}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "Replaced; the new hash is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionView.class)))
    @APIResponse(responseCode = "409", description = "Published, or changed meanwhile (If-Match): currentVersion names the stored one")
    public Response replace(@PathParam("scheme") String scheme, @PathParam("version") int version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String document) {
        return withTag(schemes.replace(new VersionRef(scheme, version), document, Preconditions.ifMatch(ifMatch)));
    }

    /** Discards a draft (409 for a published version), so that another may be uploaded: 204. */
    @DELETE
    @Path("{scheme}/versions/{version}")
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "409", description = "Published, or changed meanwhile (If-Match)")
    public Response discard(@PathParam("scheme") String scheme, @PathParam("version") int version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schemes.discard(new VersionRef(scheme, version), Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    /** Publishes a draft the engine accepts; from then on it never changes. */
    @POST
    @Path("{scheme}/versions/{version}/publish")
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionView.class)))
    @APIResponse(responseCode = "409", description = "Published already, or changed meanwhile (If-Match)")
    public Response publish(@PathParam("scheme") String scheme, @PathParam("version") int version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(schemes.publish(new VersionRef(scheme, version), Preconditions.ifMatch(ifMatch)));
    }

    /**
     * Copies a published version for another year ({@code {"year": 2007}}): version 1, a draft,
     * of the new scheme {@code <tenant>-<name>-<year>}.
     */
    @POST
    @Path("{scheme}/versions/{version}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "The copy: version 1, a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionView.class)))
    @APIResponse(responseCode = "409", description = "Not published, or a scheme of that year exists already")
    public Response cloneForYear(@PathParam("scheme") String scheme, @PathParam("version") int version, ForYear request) {
        if (request == null) {
            throw new DomainException.Invalid("body", "must be a JSON object: {\"year\": 2007}");
        }
        return created(schemes.cloneForYear(new VersionRef(scheme, version), request.year()));
    }

    private static Response document(SchemeService.VersionDocument document) {
        return Response.ok(document.text(), MediaType.APPLICATION_JSON_TYPE).tag(document.version().hash()).build();
    }

    private static Response withTag(SchemeVersionView version) {
        return Response.ok(version).tag(version.hash()).build();
    }

    /** 201 with the new version's address and hash. */
    private Response created(SchemeVersionView version) {
        URI location = uri.getBaseUriBuilder().path(SchemeResource.class).path("{scheme}/versions/{version}")
                .build(uri.getPathParameters().getFirst(TenantPathFilter.PARAMETER), version.scheme(), version.version());
        return Response.created(location).tag(version.hash()).entity(version).build();
    }
}
