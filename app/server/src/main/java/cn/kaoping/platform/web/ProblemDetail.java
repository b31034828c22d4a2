package cn.kaoping.platform.web;

import cn.kaoping.platform.error.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type           a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title          a short summary of the kind of problem
 * @param status         the HTTP status
 * @param detail         what went wrong with this request
 * @param errors         for invalid input: each field and the rule it breaks (absent from other problems)
 * @param currentVersion for a stale version: the version now stored (absent from other problems)
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "currentVersion"})
public record ProblemDetail(String type, String title, int status, String detail, List<FieldError> errors,
                            String currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemDetail of(int status, String detail) {
        return new ProblemDetail("about:blank", titleOf(status), status, detail, null, null);
    }

    public static ProblemDetail of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    /** The reason phrase of a status, including those JAX-RS does not name. */
    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error " + status;
        };
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.rule()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemDetail("/problems/invalid-input", "Invalid input", 400, detail, errors, null);
    }

    public Response toResponse() {
        return response().build();
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this);
    }
}
