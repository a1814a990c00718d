package org.treatytracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query values are text typed by people: a control character in one (U+0000 to U+001F, U+007F to
 * U+009F, once percent-decoded) is never meant, and U+0000 cannot even reach PostgreSQL. Every query
 * parameter of every operation is checked here, before any resource runs, and such a value answered
 * with a 400 naming the parameter.
 */
public class ControlCharacterQueries {

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacterQueries::hasControl)) {
                String name = Codes.printable(parameter.getKey());
                return Response.status(400).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                        .entity(Problem.of(400, "Bad Request", "Query parameter '" + name + "' contains a control "
                                + "character (U+0000 to U+001F or U+007F to U+009F), which no value here may hold.",
                                request.getUriInfo().getPath()))
                        .build();
            }
        }
        return null;
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
