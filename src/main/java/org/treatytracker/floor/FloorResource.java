package org.treatytracker.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.treatytracker.TrackerConfig;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.EntityTags;

/**
 * {@code GET /floor/{bytes}?type=json}: the benchmark's HTTP floor, the fastest this service can answer
 * a read of that size. A constant body held in memory, with the headers an API read carries (a strong
 * ETag, made once; the same Cache-Control and Vary; a 304 for a matching If-None-Match), through the same
 * HTTP stack and filters. Outside /api: it is no part of the published contract. Being outside /api, it is
 * labelled as a page is: {@code DataVersionHeaders} reads the data release from the database for each
 * request, the one query every API read makes too (bench/README.md, "The HTTP floor").
 */
@Path("/floor")
public class FloorResource {

    private final FloorBodies bodies;
    private final boolean enabled;
    private final String cacheControl;

    public FloorResource(FloorBodies bodies, TrackerConfig config) {
        this.bodies = bodies;
        this.enabled = config.bench().floorEnabled();
        this.cacheControl = "public, max-age=" + config.http().maxAge();
    }

    @GET
    @Path("/{bytes}")
    public Response body(@PathParam("bytes") String bytes, @QueryParam("type") String type,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!enabled) {
            throw ApiException.notFound("No resource at this path.");
        }
        FloorBody body = bodies.of(FloorSize.parse(bytes));
        FloorType as = FloorType.parse(type);
        Response.ResponseBuilder answer = EntityTags.matches(ifNoneMatch, body.etag()) ? Response.notModified()
                : Response.ok(body.bytes(), as.mediaType());
        return answer.header(HttpHeaders.ETAG, body.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin")
                .build();
    }
}
