package cn.kaoping.platform.web;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * {@code GET /api/ping}: 204, no authentication, no database, no body. The baseline of the HTTP
 * benchmark ({@code bench/tenant-read.sh}, see {@code tenant-schemes/BENCHMARK.md}): what the
 * container and JAX-RS cost alone, to compare an authenticated tenant read against. It tells an
 * anonymous caller nothing but that the server answers, as {@code /health/live} does.
 */
@Path("ping")
@ApplicationScoped
public class PingResource {

    @GET
    @APIResponse(responseCode = "204", description = "The server answers")
    public void ping() {
        // 204 No Content
    }
}
