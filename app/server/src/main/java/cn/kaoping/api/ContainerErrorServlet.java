package cn.kaoping.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the container answers before JAX-RS runs (a token with a bad signature or issuer is
 * refused by the MP-JWT mechanism) still leave as {@code application/problem+json}; the error
 * pages of {@code web.xml} forward here.
 */
@WebServlet("/container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String detail = status == 401
                ? "A valid bearer token from the Kaoping realm is required."
                : known == null ? "Error " + status : known.getReasonPhrase();
        Problem problem = new Problem("about:blank", known == null ? Problem.titleOf(status) : known.getReasonPhrase(),
                status, detail, null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.toJson(problem));
    }
}
