package cn.kaoping.platform.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the web application needs before its user logs in: the realm that issues the API's tokens
 * and the public client it logs in with (PKCE, no secret). Both are public facts of the realm
 * (its discovery document says as much), so this answers anyone.
 */
@WebServlet("/ui-config")
public class UiConfigServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "kaoping.oidc.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "kaoping.ui.client-id", defaultValue = "kaoping-web")
    String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("clientId", clientId)
                .build().toString());
    }
}
