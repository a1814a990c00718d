package org.treatytracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.TrackerConfig;

/**
 * Finishes every successful API read (and page read: HTML outside /api, varying on Accept-Language), once the resource has answered: a page of a list gets its
 * Link header or, when CSV is asked for, becomes the whole list as CSV (its columns {@link ExportColumns}', with the catalog's names beside codes); then the body gets a strong ETag (SHA-256 of the
 * exact bytes sent, serialised here once, unless the resource set its own) and Cache-Control, or becomes a 304 when the client's
 * If-None-Match already names it, or (without If-None-Match) its If-Modified-Since is not older than the data release
 * ({@link DataVersionHeaders}). Bodies too large to hold (a spooled CSV) come with their own ETag. A read
 * that carries credentials (an editor's, as the audit log needs) is private to its caller: no cache
 * may store it, whatever the endpoint.
 */
public class ReadResponses {

    private final ObjectMapper json;
    private static final String PRIVATE = "private, no-store";

    private final String cacheControl;
    private final CsvExports csv;

    public ReadResponses(ObjectMapper json, TrackerConfig config, CsvExports csv) {
        this.json = json;
        this.csv = csv;
        this.cacheControl = "public, max-age=" + config.http().maxAge();
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http)
            throws IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !response.hasEntity()
                || !(request.getUriInfo().getPath().startsWith("/api/") || page(request, response))) {
            return;
        }
        if (response.getEntity() instanceof StreamingOutput || response.getEntity() instanceof InputStream) {
            response.getHeaders().putSingle("Cache-Control", cacheControl(request));
            // A spooled body tagged itself: revalidated by its date like any other tagged read.
            if (response.getEntity() instanceof InputStream spooled && response.getHeaders().containsKey("ETag")
                    && DataVersionHeaders.unmodifiedSince(request)) {
                spooled.close();
                response.setStatus(304);
                response.setEntity(null);
            }
            return;
        }
        if (response.getEntity() instanceof ItemList<?> list && !shapeList(list, request, response, http)) {
            return;
        }
        tagAndRevalidate(request, response);
    }

    /** A page for people (HTML outside the API), whose words follow Accept-Language. */
    private static boolean page(ContainerRequestContext request, ContainerResponseContext response) {
        return !request.getUriInfo().getPath().startsWith("/api/") && response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    /** Adds the Link header and turns the list into CSV if asked; false if the request was refused. */
    private boolean shapeList(ItemList<?> list, ContainerRequestContext request, ContainerResponseContext response,
                              HttpServerRequest http) {
        boolean csv;
        Bom bom;
        try {
            csv = Csv.wanted(request.getUriInfo().getQueryParameters().getFirst("format"),
                    request.getHeaders().get(HttpHeaders.ACCEPT));
            String bomText = request.getUriInfo().getQueryParameters().getFirst("bom");
            bom = bomText == null || bomText.isEmpty() ? Bom.NONE : Bom.of(bomText);
        } catch (ApiException badFormat) {
            // Thrown in a filter, the exception would bypass the problem mappers: answer it here.
            response.setStatus(400);
            response.setEntity(Problem.of(400, badFormat.title(), badFormat.getMessage(),
                    request.getUriInfo().getPath()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            return false;
        }
        if (csv) {
            // The whole list: no page of it to link to.
            String table = this.csv.table(itemType(response.getEntityType()), list.all());
            response.setEntity(bom.body(table), response.getEntityAnnotations(), MediaType.valueOf(Csv.CONTENT_TYPE));
        } else {
            response.getHeaders().putSingle("Link", PageLinks.header(list, http.path(), http.query()));
        }
        return true;
    }

    /** The X of the resource method's declared {@code ItemList<X>}: its CSV columns are X's. */
    private static Class<?> itemType(Type listType) {
        if (listType instanceof ParameterizedType list && list.getActualTypeArguments().length == 1
                && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        throw new IllegalStateException("a list offered as CSV declares its item type, ItemList<X>: " + listType);
    }

    private void tagAndRevalidate(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(entity);
        // A resource with versions (a fact) tags itself with its version, the tag its writes must send back.
        Object ownTag = response.getHeaders().getFirst("ETag");
        String etag = ownTag != null ? ownTag.toString() : EntityTags.of(body);
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", cacheControl(request));
        response.getHeaders().putSingle("Vary", page(request, response) ? "Accept-Language, Accept-Encoding, Origin"
                : "Accept, Accept-Encoding, Origin");
        if (EntityTags.matches(request.getHeaderString("If-None-Match"), etag) || DataVersionHeaders.unmodifiedSince(request)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private String cacheControl(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? cacheControl : PRIVATE;
    }
}
