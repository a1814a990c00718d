package org.treatytracker.auth;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Signs a bearer token the service accepts: issuer, subject (the audit log's "who"), roles, expiry. */
public final class Tokens {

    private Tokens() {
    }

    public static String mint(PrivateKey key, String issuer, String subject, Set<String> roles, Duration lifetime) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(lifetime)
                .sign(key);
    }
}
