package cn.kaoping.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** An HTTP client for the API under test, with tokens of the demo realm's users. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final URI base;

    public Api(URI root) {
        this.base = URI.create(root.toString().replaceAll("/?$", "/"));
    }

    /** A fresh access token of a demo user (password {@code demo}) through the password grant. */
    public static String token(String username) {
        return token(username, "demo");
    }

    /** A new access token of a demo user, never cached here: one the server has not seen yet. */
    public static String freshToken(String username) {
        return passwordGrant(username, "demo");
    }

    private static String passwordGrant(String u, String password) {
        return tokenEndpoint(Map.of("grant_type", "password", "client_id", "kaoping-cli", "username", u,
                "password", password)).getString("access_token");
    }

    /**
     * An ID token of a demo user, issued to {@code kaoping-cli} with its access token: signed by
     * the realm like an access token, but meant for the client, not for the API.
     */
    public static String idToken(String username) {
        return tokenEndpoint(Map.of("grant_type", "password", "client_id", "kaoping-cli", "username", username,
                "password", "demo", "scope", "openid")).getString("id_token");
    }

    /** An access token of the server's own service account ({@code kaoping-server}, client credentials). */
    public static String serviceAccountToken() {
        return tokenEndpoint(Map.of("grant_type", "client_credentials", "client_id", "kaoping-server",
                "client_secret", "kaoping-server-dev-secret")).getString("access_token");
    }

    private static JsonObject tokenEndpoint(Map<String, String> parameters) {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Stack.keycloak().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Response r = send(request);
        if (r.status() != 200) {
            throw new IllegalStateException("No token (" + parameters.get("grant_type") + " "
                    + parameters.getOrDefault("username", parameters.get("client_id")) + "): " + r.status() + " " + r.body());
        }
        return r.object();
    }

    public Response get(String path, Optional<String> user) {
        return send(request(path, user).GET().build());
    }

    public Response post(String path, Optional<String> user, String json) {
        return post(path, user, json, Map.of());
    }

    /** A POST with extra headers (Idempotency-Key, ...). */
    public Response post(String path, Optional<String> user, String json, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A request of any method (PUT, DELETE, …) with an optional JSON body and extra headers (If-Match, …). */
    public Response call(String method, String path, Optional<String> user, Optional<String> json, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        json.ifPresent(j -> all.putIfAbsent("Content-Type", "application/json"));
        return send(method, path, user, all, json.orElse(null));
    }

    /**
     * Any method, with extra headers; {@code body} may be null (no body). For requests built from
     * the OpenAPI document, whatever their method and media type.
     */
    public Response send(String method, String path, Optional<String> user, Map<String, String> headers, String body) {
        HttpRequest.Builder b = request(path, user).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A token of any user with a known password (e.g. a provisioned admin after its first login). */
    public static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username + "\u0000" + password, k -> passwordGrant(username, password));
    }

    public Response postWithToken(String path, String bearer) {
        return send(request(path, Optional.empty()).header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Response get(String path, String bearer) {
        return send(request(path, Optional.empty()).header("Authorization", "Bearer " + bearer).GET().build());
    }

    private HttpRequest.Builder request(String path, Optional<String> user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")));
        user.ifPresent(u -> b.header("Authorization", "Bearer " + token(u)));
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location"), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, location, body and every header. */
    public record Response(int status, String contentType, Optional<String> location, String body,
                           Map<String, List<String>> headers) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public JsonObject object() {
            return json().asJsonObject();
        }
    }
}
