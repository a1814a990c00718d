package org.treatytracker.ratification;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatytracker.web.Csv;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.Representation;
import org.treatytracker.web.TreatyCode;

@Path("/api/v1/coverage")
public class CoverageResource {

    private final CoverageService coverage;
    private final CsvExports csv;

    public CoverageResource(CoverageService coverage, CsvExports csv) {
        this.coverage = coverage;
        this.csv = csv;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response coverage(@QueryParam("state") Iso3 state, @QueryParam("treaty") TreatyCode treaty,
                             @BeanParam Representation representation) {
        CoverageView view = coverage.of(state, treaty);
        return representation.csv() ? csv.response(CoverageView.Item.class, view.items(), representation.bom())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
