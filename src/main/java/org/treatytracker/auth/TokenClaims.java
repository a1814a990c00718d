package org.treatytracker.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A verified token's claims, checked for type before the service trusts them: {@code groups} an
 * array of strings, and the author's name (the first of {@code upn}, {@code preferred_username},
 * {@code sub} present, each a string when present) non-blank, at most {@link #MAX_NAME} characters,
 * without control characters. That name is the audit log's actor, so a token that makes no such
 * author is refused (401), never bounded into another name. The claims are read from the token's
 * own JSON, not through the JWT library's typed accessors, which fail on a wrong type (a
 * ClassCastException, once a 500): the library verifies the token, then these checks run; any
 * failure is the library's {@link ParseException}, which authentication answers with a 401.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TokenClaims extends JWTCallerPrincipalFactory {

    /** As long as the audit log's actor filter accepts. */
    public static final int MAX_NAME = 256;
    private static final List<String> NAME_CLAIMS = List.of("upn", "preferred_username", "sub");

    private final ObjectMapper json = new ObjectMapper();

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();

    /** A verified token whose claims are not as typed; its message says which and why. */
    public static final class InvalidClaims extends ParseException {
        InvalidClaims(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal;
        try {
            principal = verifier.parse(token, context);
        } catch (RuntimeException wrongType) {
            String problem = problem(token);
            throw new InvalidClaims(problem != null ? problem : "its claims are not of the types JWT claims have", wrongType);
        }
        String problem = problem(token);
        if (problem != null) {
            throw new InvalidClaims(problem, null);
        }
        return principal;
    }

    /** What is wrong with the claims of a compact JWT, or null. */
    String problem(String rawToken) {
        JsonNode claims;
        try {
            String[] parts = rawToken.split("\\.");
            claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "its claims are not a JSON object";
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && (!groups.isArray() || !allText(groups))) {
            return "'groups' must be an array of strings";
        }
        for (String name : NAME_CLAIMS) {
            JsonNode value = claims.get(name);
            if (value != null && !value.isTextual()) {
                return "'" + name + "' must be a string";
            }
        }
        for (String name : NAME_CLAIMS) {
            JsonNode value = claims.get(name);
            if (value != null) {
                return nameProblem(name, value.asText());
            }
        }
        return "it names no author ('upn', 'preferred_username' or 'sub')";
    }

    private static String nameProblem(String claim, String name) {
        if (name.isBlank()) {
            return "'" + claim + "' is blank; the audit log needs an author";
        }
        if (name.length() > MAX_NAME) {
            return "'" + claim + "' is longer than " + MAX_NAME + " characters";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "'" + claim + "' contains a control character";
        }
        return null;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
