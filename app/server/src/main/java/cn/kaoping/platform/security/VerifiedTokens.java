package cn.kaoping.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens that MicroProfile JWT has verified, so that a client sending the
 * same token again is not verified again on every request. Payara's verification re-reads the
 * realm's key set and redoes the signature on each request: about half of the CPU time of a
 * tenant read (see {@code tenant-schemes/BENCHMARK.md}).
 *
 * <p>Nothing is verified here, and nothing is accepted that Payara's MP-JWT identity store has not
 * accepted. This store is consulted first (lower {@link #priority()}); for a bearer token it does
 * not know, it asks Payara's store and remembers the token when that store finds it valid
 * (signature with the realm's key, issuer, expiry, required claims). Then:
 * <ul>
 * <li>a token is recognised only when the bearer string is byte for byte the one verified (looked
 * up by its SHA-256, so that the lookup reveals nothing of remembered tokens through timing), and
 * the answer is the principal and groups Payara gave for it;</li>
 * <li>it is forgotten at its expiry ({@code exp}; at {@code iat} + {@code mp.jwt.verify.token.age}
 * when that is configured), and at the latest {@link #KEPT} after it was verified: the time a
 * key withdrawn from the realm takes to stop being honoured without this store ({@link RealmKeys}
 * fetches the key set every 30 s, Payara re-reads it every 30 s), so that this store honours it
 * no longer; a forgotten token is verified again;</li>
 * <li>anything else (no bearer token, Payara's store not found, a token Payara refuses) is
 * answered as Payara answers, or left to it.</li>
 * </ul>
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    /** How long a verified token is recognised at most: the key set's refresh plus Payara's key cache time. */
    static final Duration KEPT = Duration.ofMinutes(1);
    /** A bound on memory: beyond it, expired entries are dropped, then all of them. */
    static final int CAPACITY = 10_000;
    /** Payara's MP-JWT identity store, found among the identity stores by this type. */
    static final String PAYARA_STORE = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore";
    /** Payara's MP-JWT credential: the bearer token, read by {@code getSignedJWT()}. */
    static final String PAYARA_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();

    @Inject
    @Any
    Instance<IdentityStore> stores;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.token.age")
    Optional<Long> maxTokenAgeSeconds;

    Clock clock = Clock.systemUTC();
    private volatile Optional<IdentityStore> verifier;

    /** A verified token: Payara's answer for it, and until when it is recognised. */
    private record Verified(CredentialValidationResult result, Instant until) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<String> raw = bearerToken(credential);
        Optional<IdentityStore> payara = verifier();
        if (raw.isEmpty() || payara.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String key = key(raw.get());
        Instant now = clock.instant();
        Verified known = tokens.get(key);
        if (known != null) {
            if (now.isBefore(known.until())) {
                return known.result();
            }
            tokens.remove(key, known);
        }
        CredentialValidationResult result = payara.get().validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof JsonWebToken token) {
            until(token, now).ifPresent(until -> remember(key, new Verified(result, until), now));
        }
        return result;
    }

    /** Before Payara's MP-JWT store (default priority 100). */
    @Override
    public int priority() {
        return 10;
    }

    /** Until when a token verified {@code now} is recognised; empty when not at all. */
    Optional<Instant> until(JsonWebToken token, Instant now) {
        if (token.getExpirationTime() <= 0) {
            return Optional.empty();
        }
        Instant until = min(Instant.ofEpochSecond(token.getExpirationTime()), now.plus(KEPT));
        if (maxTokenAgeSeconds != null && maxTokenAgeSeconds.isPresent()) {
            until = min(until, Instant.ofEpochSecond(token.getIssuedAtTime() + maxTokenAgeSeconds.get()));
        }
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    private void remember(String key, Verified verified, Instant now) {
        if (tokens.size() >= CAPACITY) {
            tokens.values().removeIf(v -> !now.isBefore(v.until()));
            if (tokens.size() >= CAPACITY) {
                tokens.clear();
            }
        }
        tokens.put(key, verified);
    }

    /** The number of tokens remembered now (tests). */
    int size() {
        return tokens.size();
    }

    /** Payara's MP-JWT identity store, found once among the identity stores. */
    Optional<IdentityStore> verifier() {
        Optional<IdentityStore> found = verifier;
        if (found == null) {
            found = stores.handlesStream()
                    .filter(h -> h.getBean().getTypes().stream().anyMatch(t -> t.getTypeName().equals(PAYARA_STORE)))
                    .<IdentityStore>map(Instance.Handle::get)
                    .findFirst();
            verifier = found;
        }
        return found;
    }

    /** The bearer token of Payara's MP-JWT credential; empty for any other credential. */
    static Optional<String> bearerToken(Credential credential) {
        if (credential == null || !credential.getClass().getName().equals(PAYARA_CREDENTIAL)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) credential.getClass().getMethod("getSignedJWT").invoke(credential));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
    }

    static String key(String rawToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
