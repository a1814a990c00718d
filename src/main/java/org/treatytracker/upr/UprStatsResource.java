package org.treatytracker.upr;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/upr/stats")
@Produces(MediaType.APPLICATION_JSON)
public class UprStatsResource {

    private final UprStatsService stats;

    public UprStatsResource(UprStatsService stats) {
        this.stats = stats;
    }

    @GET
    public UprStatsView stats(@QueryParam("state") String state, @QueryParam("cycle") String cycle,
                              @QueryParam("recommending_state") String recommendingState,
                              @QueryParam("theme") String theme, @QueryParam("response") String response,
                              @QueryParam("group_by") String groupBy) {
        return stats.stats(stats.filters(state, cycle, recommendingState, theme, response),
                UprStatsService.groupBy(groupBy));
    }
}
