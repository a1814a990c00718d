package org.treatytracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.TrackerConfig;

/**
 * Strong ETags and Cache-Control on successful API reads; on pages of lists, Link headers and,
 * when asked for, the CSV form of the items. The entity is serialised here once; its
 * bytes are hashed for the ETag and sent as the body (or not at all, as a 304, when the client's
 * If-None-Match already names them).
 */
public class HttpCaching {

    private final ObjectMapper json;
    private final String cacheControl;

    public HttpCaching(ObjectMapper json, TrackerConfig config) {
        this.json = json;
        this.cacheControl = "public, max-age=" + config.http().maxAge();
    }

    @ServerResponseFilter
    public void tagAndRevalidate(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            // Streamed bodies are never held whole, so they carry no ETag.
            response.getHeaders().putSingle("Cache-Control", cacheControl);
            return;
        }
        if (entity instanceof ItemList<?> list) {
            response.getHeaders().putSingle("Link", PageLinks.header(list, request.getUriInfo()));
            boolean csv;
            try {
                csv = Csv.wanted(request.getUriInfo().getQueryParameters().getFirst("format"),
                        request.getHeaders().get(HttpHeaders.ACCEPT));
            } catch (ApiException badFormat) {
                response.setStatus(400);
                response.setEntity(Problem.of(400, badFormat.title(), badFormat.getMessage(),
                        request.getUriInfo().getPath()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
                return;
            }
            if (csv) {
                entity = CsvTable.of(json, list.all());
                response.setEntity(entity, response.getEntityAnnotations(), MediaType.valueOf(Csv.CONTENT_TYPE));
            }
        }
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(entity);
        String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)) + "\"";
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", cacheControl);
        response.getHeaders().putSingle("Vary", "Accept, Accept-Encoding");
        if (matches(request.getHeaderString("If-None-Match"), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag)
                        || candidate.equals("W/" + etag));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
