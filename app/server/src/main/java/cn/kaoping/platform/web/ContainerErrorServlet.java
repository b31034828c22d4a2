package cn.kaoping.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the container answers before JAX-RS runs (a token with a bad signature or issuer is
 * refused by the MP-JWT mechanism) still leave as {@code application/problem+json}; the error
 * pages of {@code web.xml} forward here. Requested directly (not an error dispatch), it is not
 * there: 404, so that nobody reads the container's state (the status of the response so far) from it.
 */
@WebServlet("/container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = request.getDispatcherType() != DispatcherType.ERROR ? HttpServletResponse.SC_NOT_FOUND
                : code instanceof Integer i ? i : response.getStatus();
        String detail = status == 401
                ? "A valid bearer token from the Kaoping realm is required."
                : ProblemDetail.titleOf(status);
        ProblemDetail problem = ProblemDetail.of(status, detail);
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.toJson(problem));
    }
}
