package cn.kaoping.platform.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the realm's signing keys in a local file, the one MicroProfile JWT reads
 * ({@code mp.jwt.verify.publickey.location=file:${kaoping.oidc.keys.file}}), so that tokens
 * Keycloak issued keep being accepted until they expire while Keycloak is stopped or frozen.
 *
 * <p>Payara's own key cache fetches the realm's JWKS with no time bound and, when the fetch fails,
 * refuses every token until Keycloak answers again. Here the key set is fetched in the
 * background, every {@code kaoping.oidc.keys.refresh}, each fetch bounded (connect and read
 * timeouts); a key set replaces the file only when it parses and holds at least one key, written
 * to a temporary file and moved over the old one, so a reader never sees half a file. When a fetch
 * fails the last good keys stay, and the failure is logged once per outage. A key removed from the
 * realm stops being honoured after the next successful fetch plus Payara's key cache time
 * ({@code publicKey.cache.ttl} in {@code payara-mp-jwt.properties}).
 */
@ApplicationScoped
public class RealmKeys {

    private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());

    /** What health reports of the realm's keys. */
    public enum State {
        /** No key set fetched yet: tokens are refused (401) until one is. */
        NONE,
        /** The last fetch succeeded. */
        CURRENT,
        /** Keycloak did not answer the last fetch: the last good keys are used. */
        KEPT
    }

    @Inject
    @ConfigProperty(name = "kaoping.oidc.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "kaoping.oidc.keys.file")
    String file;
    @Inject
    @ConfigProperty(name = "kaoping.oidc.keys.refresh", defaultValue = "PT30S")
    Duration refresh;
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.connect-timeout-millis", defaultValue = "3000")
    long connectTimeoutMillis;
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.read-timeout-millis", defaultValue = "5000")
    long readTimeoutMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    private HttpClient http;
    private ScheduledFuture<?> schedule;
    private volatile State state = State.NONE;
    private volatile Optional<Instant> fetchedAt = Optional.empty();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        http(HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build());
        schedule = scheduler.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    void http(HttpClient client) {
        http = client;
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }

    public State state() {
        return state;
    }

    public Optional<Instant> fetchedAt() {
        return fetchedAt;
    }

    /** One bounded fetch; never throws, so that the schedule goes on. */
    void refresh() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs"))
                    .timeout(Duration.ofMillis(readTimeoutMillis)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            keep(response.body());
        } catch (IOException | RuntimeException e) {
            failed(e.toString());
        } catch (Error e) {
            // a scheduled task that throws is never run again: say so, since the keys would then never be fetched
            LOG.log(Level.SEVERE, "Fetching the realm's keys failed; the keys are no longer refreshed", e);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replaces the key file with {@code jwks} when it is a key set with at least one key. */
    void keep(String jwks) throws IOException {
        if (!holdsKeys(jwks)) {
            throw new IOException("not a JWK set with keys");
        }
        Path target = Path.of(file);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path next = Files.createTempFile(target.toAbsolutePath().getParent(), "keys-", ".part");
        Files.writeString(next, jwks, StandardCharsets.UTF_8);
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (state == State.KEPT) {
            LOG.info("Keycloak answers again: the realm's keys are current");
        } else if (state == State.NONE) {
            LOG.info("The realm's keys are fetched: tokens can be verified");
        }
        state = State.CURRENT;
        fetchedAt = Optional.of(clock.instant());
    }

    private void failed(String why) {
        if (state != State.KEPT) {
            LOG.warning(() -> "The realm's keys could not be fetched (" + why + "): "
                    + (fetchedAt.isPresent() ? "the last good keys stay in use" : "tokens are refused until they are"));
        }
        state = fetchedAt.isPresent() ? State.KEPT : State.NONE;
    }

    static boolean holdsKeys(String jwks) {
        try (var reader = Json.createReader(new StringReader(jwks))) {
            JsonValue keys = reader.readObject().get("keys");
            return keys != null && keys.getValueType() == JsonValue.ValueType.ARRAY && !keys.asJsonArray().isEmpty()
                    && keys.asJsonArray().stream().allMatch(k -> k.getValueType() == JsonValue.ValueType.OBJECT
                            && ((JsonObject) k).containsKey("kty"));
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }
}
