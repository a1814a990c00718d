package org.treatytracker.ratification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatytracker.web.Csv;

@Path("/api/v1/coverage")
public class CoverageResource {

    private final CoverageService coverage;

    public CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response coverage(@QueryParam("state") String state, @QueryParam("treaty") String treaty,
                             @QueryParam("format") String format, @Context HttpHeaders headers) {
        CoverageView view = coverage.of(state, treaty);
        return Csv.wanted(format, headers) ? Csv.response(CoverageView.CSV_COLUMNS, view.csvRows())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
