package org.treatytracker.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication and authorisation failures as problem+json. Authentication is lazy
 * (quarkus.http.auth.proactive=false), so these reach the application: reads ignore tokens
 * altogether, writes without a valid editor token end here.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, UriInfo uri) {
        return unauthorized("Bearer", "This write needs a bearer token (JWT) with the editor role.", uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("Bearer error=\"invalid_token\"",
                "The bearer token is not valid here: expired, not yet valid, wrongly signed, from another issuer, "
                        + "or malformed.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden", "The token is valid but lacks the editor role.", uri.getPath()))
                .build();
    }

    private static Response unauthorized(String challenge, String detail, UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", challenge)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", detail, uri.getPath()))
                .build();
    }
}
