package org.treatytracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are read as UTF-8, the only encoding JSON may be exchanged in (RFC 8259 8.1); the
 * framework ignores a declared charset, so a body declared in another one would be misread. It is
 * refused instead (415), naming the charset.
 */
public class Utf8Bodies {

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8")) {
            return null;
        }
        return Response.status(415).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(Problem.of(415, "Unsupported Media Type", "Request bodies are read as UTF-8; charset '"
                        + Codes.printable(charset) + "' is not accepted.", request.getUriInfo().getPath()))
                .build();
    }
}
