package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.HealthChecks;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous client can learn of the server's internals: no metrics, no WADL, no
 * directly requestable error page, no product name in the headers, and readiness that says UP or
 * DOWN per check and nothing else.
 */
class ExposureIT extends DeployedServer {

    @Test
    void metricsAreNotServed() {
        for (String path : List.of("metrics", "metrics/base", "metrics/vendor", "metrics/application")) {
            Api.Response r = api.get(path, Optional.empty());
            // Payara's metrics endpoint, disabled, refuses (403); our error page writes the answer
            assertTrue(r.status() == 403 || r.status() == 404, path + ": " + r.status() + " " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), path + ": " + r.contentType());
            assertFalse(r.body().contains("jvm") || r.body().contains("base_") || r.body().contains("vendor_")
                    || r.body().contains("# TYPE"), r.body());
        }
    }

    @Test
    void noWadlIsServed() {
        Api.Response wadl = api.get("api/application.wadl", Optional.empty());
        assertEquals(404, wadl.status(), wadl.body());
        assertFalse(wadl.body().contains("<application"), wadl.body());
        for (String path : List.of("api/jurisdictions", "api/tenants", "api/tenants/xingan/schemes")) {
            Api.Response options = api.send("OPTIONS", path, Optional.empty(), Map.of(), null);
            assertFalse(options.contentType().contains("wadl"), path + ": " + options.contentType());
            assertFalse(options.body().contains("<application") || options.body().contains("wadl"), path + ": " + options.body());
        }
    }

    @Test
    void theContainerErrorPageCannotBeRequestedDirectly() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            Api.Response r = api.send(method, "container-error", Optional.empty(), Map.of(), null);
            assertEquals(404, r.status(), method + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals(404, r.object().getInt("status"), r.body());
        }
    }

    @Test
    void noResponseNamesTheProductServingIt() {
        List<Api.Response> responses = List.of(
                api.get("api/jurisdictions", Optional.of("viewer")),    // 200
                api.get("api/jurisdictions", Optional.empty()),         // 401 by JAX-RS
                api.get("api/jurisdictions", "not.a.token"),            // 401 by the container
                api.get("api/tenants/nowhere", Optional.of("viewer")),  // 404 by the tenant filter
                api.get("nothing-here", Optional.empty()),              // 404 by the container
                api.get("health/ready", Optional.empty()),
                api.get("openapi", Optional.empty()));
        for (Api.Response r : responses) {
            r.headers().forEach((name, values) -> {
                for (String value : values) {
                    String v = value.toLowerCase(Locale.ROOT);
                    for (String product : List.of("payara", "glassfish", "grizzly", "servlet/", "jsp/", "java")) {
                        assertFalse(v.contains(product), r.status() + ": " + name + ": " + value);
                    }
                }
            });
            assertTrue(r.header("Server").isEmpty(), r.status() + ": Server: " + r.header("Server"));
            assertTrue(r.header("X-Powered-By").isEmpty(), r.status() + ": X-Powered-By: " + r.header("X-Powered-By"));
        }
    }

    /** A check as Payara writes it: its name, its status and its data, which must be empty. */
    /**
     * Nothing of the stack listens beyond loopback (the run command opens the HTTP port only when
     * asked, KAOPING_BIND): not Payara's data grid (6900, where a neighbour could join), not
     * Keycloak (whose bootstrap admin is admin/admin).
     */
    @Test
    void everyPortOfTheStackListensOnLoopbackOnly() throws Exception {
        java.util.List<java.net.InetSocketAddress> sockets = new java.util.ArrayList<>();
        sockets.addAll(cn.kaoping.devstack.Ports.listening(cn.kaoping.it.Stack.payaraProcess()));
        for (ProcessHandle keycloak : cn.kaoping.it.Stack.keycloak().processes()) {
            sockets.addAll(cn.kaoping.devstack.Ports.listening(keycloak));
        }
        assertTrue(sockets.size() >= 3, "Payara's HTTP and data grid ports and Keycloak's: " + sockets);
        for (java.net.InetSocketAddress socket : sockets) {
            java.net.InetAddress a = socket.getAddress();
            boolean loopback = a.isLoopbackAddress()
                    || (a instanceof java.net.Inet6Address && a.getAddress()[10] == (byte) 0xff
                        && a.getAddress()[11] == (byte) 0xff && a.getAddress()[12] == 127); // ::ffff:127.x
            assertTrue(loopback, "listens beyond loopback: " + socket + " in " + sockets);
        }
    }

    /**
     * Errors Grizzly answers itself, before any servlet (a malformed request line, an invalid
     * URI, oversized headers), read as raw bytes.
     */
    @Test
    void noErrorOfTheHttpLayerNamesTheProduct() throws Exception {
        for (String request : List.of(
                "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "NOT-HTTP\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "GET /api/jurisdictions HTTP/1.0\r\n\r\n",
                "GET /container-error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            String answer = raw(request).toLowerCase(Locale.ROOT);
            for (String product : List.of("payara", "glassfish", "grizzly", "x-powered-by", "\r\nserver:")) {
                assertFalse(answer.contains(product), request.lines().findFirst().orElse("") + " -> " + answer);
            }
        }
    }

    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; answer.size() < 65_536 && (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException enough) {
                // what came so far is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void readinessSaysUpOrDownPerCheckAndNothingElse() {
        Api.Response r = api.get("health/ready", Optional.empty());
        assertEquals(200, r.status(), r.body());
        for (JsonValue check : r.object().getJsonArray("checks")) {
            HealthChecks.assertOnlyNameAndStatus(check.asJsonObject(), r.body());
        }
    }
}
