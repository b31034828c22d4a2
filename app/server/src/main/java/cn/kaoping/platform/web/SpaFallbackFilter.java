package cn.kaoping.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The web application (module {@code app/ui}, packed into the WAR as static files) routes in the
 * browser's history: a bookmarked {@code /schemes/xingan} must load {@code index.html}, which then
 * shows that page. A browser's page request (GET or HEAD asking for HTML) for a path that is no
 * file and none of the server's own ({@code /api}, {@code /openapi}, {@code /health}, …) is
 * answered with {@code index.html}; everything else passes untouched, so that an API client still
 * gets its problem+json 404. Built files under {@code /assets/} carry their content hash in their
 * names and are cached for a year; {@code index.html} is revalidated on every load.
 */
@WebFilter(urlPatterns = "/*")
public class SpaFallbackFilter extends HttpFilter {

    static final String INDEX = "/index.html";
    private static final List<String> SERVER_PATHS =
            List.of("/api", "/openapi", "/health", "/metrics", "/container-error", "/ui-config");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        Optional<String> page = uiPage(request.getMethod(), path, request.getHeader("Accept"));
        if (page.isPresent()) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher(page.get()).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The page that answers a request, when the web application answers it: {@code index.html}
     * for the root and for any route of the application, nothing for files and the server's paths.
     */
    static Optional<String> uiPage(String method, String path, String accept) {
        boolean pageRequest = ("GET".equals(method) || "HEAD".equals(method))
                && accept != null && accept.contains("text/html");
        if (!pageRequest || path.isEmpty() || isServerPath(path)) {
            return Optional.empty();
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") && !path.equals(INDEX) ? Optional.empty() : Optional.of(INDEX);
    }

    private static boolean isServerPath(String path) {
        return SERVER_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
