package org.treatytracker.ratification;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.treatytracker.catalog.StateQuery;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.Csv;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.Representation;

/** The ratification matrix counted by status per treaty, per UN regional group (or UN standing) when grouped. */
@Path("/api/v1/ratifications/summary")
public class RatificationSummaryResource {

    private static final List<String> GROUP_KEYS = List.of("regional_group", "un_status");

    private final MatrixService matrix;
    private final CsvExports csv;

    public RatificationSummaryResource(MatrixService matrix, CsvExports csv) {
        this.matrix = matrix;
        this.csv = csv;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response summary(@BeanParam Representation representation, @QueryParam("as_of") LocalDate asOf,
                            @QueryParam("states") List<String> states, @QueryParam("treaties") List<String> treaties,
                            @BeanParam StateQuery which, @QueryParam("group_by") String groupBy, @Context UriInfo uri) {
        if (groupBy != null && !GROUP_KEYS.contains(groupBy)) {
            throw ApiException.badRequest("group_by '" + Codes.printable(groupBy) + "' is not one of " + GROUP_KEYS + ".");
        }
        RatificationSummaryView view = matrix.summary(MatrixResource.joined(states, uri, "states"),
                MatrixResource.joined(treaties, uri, "treaties"), which, asOf, groupBy);
        return representation.csv() ? Csv.response(view.csvColumns(), view.csvRows(csv.names()), representation.bom())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
