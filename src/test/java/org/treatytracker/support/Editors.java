package org.treatytracker.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.treatytracker.auth.EditorKeys;
import org.treatytracker.auth.Roles;
import org.treatytracker.auth.Tokens;

/** Bearer tokens for tests: the good ones through the production minting code, the bad ones made on purpose. */
public final class Editors {

    private Editors() {
    }

    public static String editor(String name) {
        return Tokens.mint(key(), TestKeys.ISSUER, name, Set.of(Roles.EDITOR), Duration.ofMinutes(10));
    }

    public static String reader(String name) {
        return Tokens.mint(key(), TestKeys.ISSUER, name, Set.of("reader"), Duration.ofMinutes(10));
    }

    public static String expiredEditor(String name) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(TestKeys.ISSUER).subject(name).upn(name).groups(Set.of(Roles.EDITOR))
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1))).sign(key());
    }

    /**
     * Validly signed by the service's key and issuer, current, with these claims besides (any JSON
     * value, of any type: the claims a token's holder chose).
     */
    public static String signedWith(Map<String, Object> claims) {
        // Signed with jose4j directly: SmallRye's builder refuses claims of the wrong type, as a client's need not.
        Map<String, Object> payload = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        payload.put("iss", TestKeys.ISSUER);
        payload.put("iat", now);
        payload.put("exp", now + Duration.ofMinutes(10).toSeconds());
        payload.putAll(claims);
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setPayload(new ObjectMapper().writeValueAsString(payload));
            jws.setKey(key());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JsonProcessingException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Right claims, signed with a key the service has never seen. */
    public static String editorSignedByAnotherKey(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Tokens.mint(generator.generateKeyPair().getPrivate(), TestKeys.ISSUER, name, Set.of(Roles.EDITOR),
                    Duration.ofMinutes(10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String editorFromAnotherIssuer(String name) {
        return Tokens.mint(key(), "https://issuer.example", name, Set.of(Roles.EDITOR), Duration.ofMinutes(10));
    }

    private static PrivateKey key() {
        try {
            return EditorKeys.readPrivate(TestKeys.DIR.resolve(EditorKeys.PRIVATE_FILE));
        } catch (Exception e) {
            throw new IllegalStateException("the test key pair is missing; TestKeys makes it when the tests start", e);
        }
    }
}
