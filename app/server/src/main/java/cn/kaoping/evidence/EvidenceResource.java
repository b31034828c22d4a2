package cn.kaoping.evidence;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Evidence files of a cycle (证明材料): the body of the POST is the file itself; its type is
 * recognised by its content and must be one of {@code kaoping.evidence.types}; at most
 * {@code kaoping.evidence.max-bytes} (20 MB). A fact, self-assessment item or application names
 * a file by its {@code reference} ({@code evidence:<id>}).
 */
@Path("tenants/{tenant}/cycles/{cycle}/evidence")
@RequestScoped
@RolesAllowed(Role.MEMBER)
public class EvidenceResource {

    @Inject
    EvidenceService evidence;
    @Inject
    @ConfigProperty(name = "kaoping.evidence.max-bytes", defaultValue = "20971520")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "kaoping.evidence.types", defaultValue = "application/pdf,image/png,image/jpeg,application/zip")
    String types;

    /** Uploads a file for {@code unit}: 201 with its reference and SHA-256. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceFile.EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Too large, empty, or of a type not allowed (by content)")
    public Response upload(@PathParam("cycle") String cycle, @QueryParam("unit") String unit, @QueryParam("name") String name,
                           InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw new DomainException.Invalid("body", "must be at most " + maxBytes + " bytes");
        }
        if (content.length == 0) {
            throw new DomainException.Invalid("body", "must be the file (not empty)");
        }
        if (unit == null) {
            throw new DomainException.Invalid("unit", "must name the unit the evidence is for (?unit=…)");
        }
        Set<String> allowed = Arrays.stream(types.split(",")).map(String::strip).collect(Collectors.toSet());
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(evidence.upload(cycle, unit, Optional.ofNullable(name), content, allowed)).build();
    }

    /** The files uploaded for a unit in this cycle (newest first), without their content. */
    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR, Role.UNIT_REPORTER})
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The unit's files: reference (evidence:<id>), name, type, size, SHA-256, who uploaded them, when")
    @APIResponse(responseCode = "400", description = "No unit, or not a unit of the cycle")
    public List<EvidenceFile.EvidenceView> list(@PathParam("cycle") String cycle, @QueryParam("unit") String unit) {
        return evidence.list(cycle, unit);
    }

    /** The file, to those who may see its unit; ETag: its SHA-256. */
    @GET
    @Path("{evidence}")
    @Produces(MediaType.WILDCARD)
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "200", description = "The file as uploaded",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("cycle") String cycle, @PathParam("evidence") long id) {
        EvidenceService.Download d = evidence.download(cycle, id);
        return Response.ok(d.content(), d.file().contentType()).tag(new EntityTag(d.file().sha256()))
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
