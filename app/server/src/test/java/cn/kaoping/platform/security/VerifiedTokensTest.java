package cn.kaoping.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A token is recognised only as Payara verified it, byte for byte, and never past its expiry or the key cache time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    /** Payara's store, as far as this store sees it: counts its verifications; "good-..." tokens are valid. */
    private final List<String> verified = new ArrayList<>();
    private final Map<String, Long> expiries = new java.util.HashMap<>();
    private final IdentityStore payara = new IdentityStore() {
        @Override
        public CredentialValidationResult validate(Credential credential) {
            String raw = ((SignedJWTCredential) credential).getSignedJWT();
            verified.add(raw);
            if (!raw.startsWith("good-")) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult((CallerPrincipal) token(raw, expiries.getOrDefault(raw, NOW.plus(Duration.ofHours(1)).getEpochSecond())),
                    Set.of(Role.MEMBER));
        }
    };

    private VerifiedTokens store(Optional<Long> maxAge) {
        VerifiedTokens store = new VerifiedTokens() {
            @Override
            Optional<IdentityStore> verifier() {
                return Optional.of(payara);
            }
        };
        store.maxTokenAgeSeconds = maxAge;
        at(store, NOW);
        return store;
    }

    private static void at(VerifiedTokens store, Instant now) {
        store.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aVerifiedTokenIsAnsweredAsPayaraAnsweredItWithoutVerifyingAgain() {
        VerifiedTokens store = store(Optional.empty());
        CredentialValidationResult first = store.validate(new SignedJWTCredential("good-1"));
        CredentialValidationResult second = store.validate(new SignedJWTCredential("good-1"));
        assertEquals(CredentialValidationResult.Status.VALID, second.getStatus());
        assertSame(first, second);
        assertEquals(Set.of(Role.MEMBER), second.getCallerGroups());
        assertEquals(List.of("good-1"), verified);
    }

    @Test
    void anotherTokenIsVerifiedEvenWhenItDiffersByOneCharacter() {
        VerifiedTokens store = store(Optional.empty());
        store.validate(new SignedJWTCredential("good-1"));
        store.validate(new SignedJWTCredential("good-2"));
        assertEquals(CredentialValidationResult.Status.INVALID, store.validate(new SignedJWTCredential("bad-1")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, store.validate(new SignedJWTCredential("bad-1")).getStatus());
        assertEquals(List.of("good-1", "good-2", "bad-1", "bad-1"), verified);
        assertEquals(2, store.size());
    }

    @Test
    void aTokenIsVerifiedAgainOnceExpiredAndAfterTheKeyCacheTime() {
        VerifiedTokens store = store(Optional.empty());
        expiries.put("good-short", NOW.plusSeconds(60).getEpochSecond());
        store.validate(new SignedJWTCredential("good-short"));
        store.validate(new SignedJWTCredential("good-long"));
        at(store, NOW.plusSeconds(59));
        store.validate(new SignedJWTCredential("good-short"));
        assertEquals(List.of("good-short", "good-long"), verified);
        at(store, NOW.plusSeconds(60));
        store.validate(new SignedJWTCredential("good-short"));
        assertEquals(List.of("good-short", "good-long", "good-short"), verified);
        at(store, NOW.plus(VerifiedTokens.KEPT).minusSeconds(1));
        store.validate(new SignedJWTCredential("good-long"));
        assertEquals(3, verified.size());
        at(store, NOW.plus(VerifiedTokens.KEPT));
        store.validate(new SignedJWTCredential("good-long"));
        assertEquals(List.of("good-short", "good-long", "good-short", "good-long"), verified);
    }

    @Test
    void aConfiguredTokenAgeIsHonoured() {
        VerifiedTokens store = store(Optional.of(30L));
        store.validate(new SignedJWTCredential("good-1")); // issued at NOW
        at(store, NOW.plusSeconds(30));
        store.validate(new SignedJWTCredential("good-1"));
        assertEquals(List.of("good-1", "good-1"), verified);
    }

    @Test
    void otherCredentialsAreLeftToTheOtherStores() {
        VerifiedTokens store = store(Optional.empty());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new UsernamePasswordCredential("viewer", "demo")).getStatus());
        assertEquals(List.of(), verified);
    }

    private static JsonWebToken token(String raw, long expiry) {
        return new Token(raw, Map.of("raw_token", raw, "exp", expiry, "iat", NOW.getEpochSecond(),
                "groups", Set.of(Role.MEMBER), "sub", "s-" + raw));
    }

    /** Like Payara's JsonWebTokenImpl: a caller principal that is the token. */
    private static final class Token extends CallerPrincipal implements JsonWebToken {
        private final Map<String, Object> claims;

        Token(String raw, Map<String, Object> claims) {
            super("s-" + raw);
            this.claims = claims;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
