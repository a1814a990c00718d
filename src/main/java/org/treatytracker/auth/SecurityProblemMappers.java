package org.treatytracker.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.treatytracker.auth.TokenClaims;
import org.treatytracker.auth.TokenKey;
import org.treatytracker.web.Problem;

/**
 * Authentication and authorisation failures as problem+json. Authentication is lazy
 * (quarkus.http.auth.proactive=false), so these reach the application: reads ignore tokens
 * altogether, writes without a valid editor token end here.
 */
public class SecurityProblemMappers {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);

    private final TokenKey key;

    public SecurityProblemMappers(TokenKey key) {
        this.key = key;
    }

    /** SmallRye JWT reports a key it cannot load as a deployment failure, at the first token check. */
    @ServerExceptionMapper
    public Response noKey(DeploymentException e, UriInfo uri) {
        Optional<Path> missing = key.missingFile();
        if (missing.isEmpty()) {
            LOG.errorf(e, "Unhandled error on %s", uri.getPath());
            return Response.status(500).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(500, "Internal Server Error", "The server could not answer this request.", uri.getPath()))
                    .build();
        }
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(503, "Service Unavailable", "Writes are not available: this service has no public key "
                        + "to verify tokens with (nothing at " + missing.get() + "). Its operator runs keygen or sets "
                        + "TRACKER_JWT_PUBLIC_KEY, then restarts it. Reads are not affected.", uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, UriInfo uri, Request request) {
        String what = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? "This read" : "This write";
        return unauthorized("Bearer", what + " needs a bearer token (JWT) with the editor role.", uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        String claims = invalidClaims(e);
        String detail = claims != null ? "The bearer token is not valid here: " + claims + "."
                : "The bearer token is not valid here: expired, not yet valid, wrongly signed, from another issuer, "
                        + "or malformed.";
        return unauthorized("Bearer error=\"invalid_token\"", detail, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden", "The token is valid but lacks the editor role.", uri.getPath()))
                .build();
    }

    /** What is wrong with the token's claims, when that is why it failed; else null. */
    private static String invalidClaims(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenClaims.InvalidClaims claims) {
                return claims.getMessage();
            }
        }
        return null;
    }

    private static Response unauthorized(String challenge, String detail, UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", challenge)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", detail, uri.getPath()))
                .build();
    }
}
