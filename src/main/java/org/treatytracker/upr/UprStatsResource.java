package org.treatytracker.upr;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatytracker.web.Csv;

@Path("/api/v1/upr/stats")
public class UprStatsResource {

    private final UprStatsService stats;

    public UprStatsResource(UprStatsService stats) {
        this.stats = stats;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response stats(@QueryParam("state") String state, @QueryParam("cycle") String cycle,
                          @QueryParam("recommending_state") String recommendingState,
                          @QueryParam("theme") String theme, @QueryParam("response") String response,
                          @QueryParam("group_by") String groupBy, @QueryParam("format") String format,
                          @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        UprStatsView view = stats.stats(stats.filters(state, cycle, recommendingState, theme, response),
                UprStatsService.groupBy(groupBy));
        return csv ? Csv.response(view.csvColumns(), view.csvRows())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
