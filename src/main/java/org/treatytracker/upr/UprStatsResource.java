package org.treatytracker.upr;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatytracker.web.Csv;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.Representation;

@Path("/api/v1/upr/stats")
public class UprStatsResource {

    private final UprStatsService stats;
    private final CsvExports csv;

    public UprStatsResource(UprStatsService stats, CsvExports csv) {
        this.stats = stats;
        this.csv = csv;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response stats(@BeanParam Representation representation, @BeanParam StatsQuery query) {
        UprStatsView view = stats.stats(stats.filters(query.filters()), query.groupBy());
        return representation.csv() ? Csv.response(view.csvColumns(), view.csvRows(csv.names()), representation.bom())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
