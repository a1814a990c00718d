package org.treatytracker.ratification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.treatytracker.web.Csv;

@Path("/api/v1/ratifications/matrix")
public class MatrixResource {

    private final MatrixService matrix;

    public MatrixResource(MatrixService matrix) {
        this.matrix = matrix;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response matrix(@QueryParam("as_of") String asOf, @QueryParam("format") String format,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        MatrixView view = matrix.build(listParameter(uri, "states"), listParameter(uri, "treaties"),
                RatificationService.asOf(asOf));
        return csv ? Csv.response(MatrixView.CSV_COLUMNS, view.csvRows())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The parameter's value; "" when given empty ("states="), which selects nothing, unlike leaving it out. */
    private static String listParameter(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        return values == null ? null : String.join(",", values);
    }
}
