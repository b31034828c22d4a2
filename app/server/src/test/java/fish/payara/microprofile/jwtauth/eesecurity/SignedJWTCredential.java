package fish.payara.microprofile.jwtauth.eesecurity;

import jakarta.security.enterprise.credential.Credential;

/** Stands for Payara's MP-JWT credential in unit tests: same name, same accessor. */
public class SignedJWTCredential implements Credential {

    private final String signedJWT;

    public SignedJWTCredential(String signedJWT) {
        this.signedJWT = signedJWT;
    }

    public String getSignedJWT() {
        return signedJWT;
    }
}
