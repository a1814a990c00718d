package org.treatytracker.upr;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.treatytracker.web.Csv;
import org.treatytracker.web.PageRequest;
import org.treatytracker.web.Params;
import org.treatytracker.web.SpooledBody;

@Path("/api/v1/recommendations")
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final UprStatsService stats;

    public RecommendationResource(RecommendationService recommendations, UprStatsService stats) {
        this.recommendations = recommendations;
        this.stats = stats;
    }

    /** JSON: one page. CSV: every matching recommendation, spooled to a file so that it has an ETag (page and per_page do not apply). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response list(@QueryParam("state") String state, @QueryParam("cycle") String cycle,
                         @QueryParam("recommending_state") String recommendingState,
                         @QueryParam("theme") String theme, @QueryParam("response") String response,
                         @QueryParam("q") String q, @QueryParam("review") String review, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @QueryParam("format") String format,
                         @Context HttpHeaders headers) throws IOException {
        boolean csv = Csv.wanted(format, headers);
        UprStatsService.Filters filters = stats.filters(state, cycle, recommendingState, theme, response);
        Long reviewId = Params.idFilter("review", review);
        if (csv) {
            return SpooledBody.ok(recommendations.csv(filters, q, reviewId), Csv.CONTENT_TYPE,
                    headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        return Response.ok(recommendations.page(filters, q, reviewId, PageRequest.of(page, perPage)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
