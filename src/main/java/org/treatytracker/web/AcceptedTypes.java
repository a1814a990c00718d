package org.treatytracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Holds a successful answer to the client's Accept header as RFC 9110 12.5.1 reads it: the most
 * specific media range that matches the type sent gives its quality, and quality 0 means "not
 * acceptable" (406), which the framework takes as a plain match. The type sent never carries the
 * request's {@code q} parameter, which the framework copies onto it.
 */
public class AcceptedTypes {

    @ServerResponseFilter
    public void hold(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType sent = response.getMediaType();
        if (sent == null || response.getStatus() < 200 || response.getStatus() >= 300) {
            return;
        }
        if (sent.getParameters().containsKey("q")) {
            Map<String, String> parameters = new HashMap<>(sent.getParameters());
            parameters.remove("q");
            sent = new MediaType(sent.getType(), sent.getSubtype(), parameters);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, sent);
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && quality(accept, sent) == 0) {
            response.setStatus(406);
            response.setEntity(Problem.of(406, "Not Acceptable", "The Accept header refuses " + sent.getType() + "/"
                    + sent.getSubtype() + " (quality 0), the only type this resource sends here.",
                    request.getUriInfo().getPath()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            response.getHeaders().remove("ETag");
            response.getHeaders().remove("Link");
            response.getHeaders().remove("Cache-Control");
        }
    }

    /** The quality the header gives {@code type}: of its most specific matching range, 0 when none matches. */
    static double quality(String accept, MediaType type) {
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String[] name = parts[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (name.length != 2) {
                continue;
            }
            boolean typeMatches = name[0].equals("*") || name[0].equals(type.getType());
            boolean subtypeMatches = name[1].equals("*") || name[1].equals(type.getSubtype());
            if (!typeMatches || !subtypeMatches) {
                continue;
            }
            int specificity = (name[0].equals("*") ? 0 : 1) + (name[1].equals("*") ? 0 : 1);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = qualityOf(parts);
            }
        }
        return quality;
    }

    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(parameter[1].trim());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
