package org.treatytracker.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A created resource's Location is a relative reference (RFC 9110 allows it). JAX-RS resolves a
 * relative Location against the request's Host, which the client chooses (and HTTP/1.0 may leave
 * out, giving "http:/api/..."): this turns it back into the path and query the resource named.
 */
public class RelativeLocations {

    @ServerResponseFilter
    public void relative(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location instanceof URI uri && uri.isAbsolute() && uri.getRawPath() != null) {
            String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(relative));
        }
    }
}
