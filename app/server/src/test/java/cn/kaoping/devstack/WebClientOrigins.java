package cn.kaoping.devstack;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The origins from which the web application may call Keycloak (its token endpoint, from the
 * browser). The realm file's client {@code kaoping-web} accepts redirects to any port of
 * {@code localhost} and {@code 127.0.0.1} (Keycloak ignores the port of a loopback redirect URI
 * registered without one), but matches CORS origins exactly, port included: the realm file names
 * port 8080, and a server on another port (the tests' random one, {@code KAOPING_HTTP_PORT}) is
 * added here through the admin API.
 */
public final class WebClientOrigins {

    public static final String CLIENT = "kaoping-web";
    static final int REALM_FILE_PORT = 8080;

    private WebClientOrigins() {
    }

    /** Adds {@code http://localhost:<port>} and {@code http://127.0.0.1:<port>} to the client's web origins. */
    public static void allowPort(String keycloakBaseUrl, int port) {
        try (Keycloak admin = Keycloak.getInstance(keycloakBaseUrl, "master", KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD, "admin-cli")) {
            ClientsResource clients = admin.realm(KeycloakServer.REALM).clients();
            ClientRepresentation client = clients.findByClientId(CLIENT).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("The realm has no client " + CLIENT));
            List<String> origins = new ArrayList<>(client.getWebOrigins());
            for (String host : List.of("localhost", "127.0.0.1")) {
                String origin = "http://" + host + ":" + port;
                if (!origins.contains(origin)) {
                    origins.add(origin);
                }
            }
            client.setWebOrigins(origins);
            clients.get(client.getId()).update(client);
        }
    }
}
