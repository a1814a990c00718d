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
import org.treatytracker.web.Csv;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.Representation;

@Path("/api/v1/ratifications/matrix")
public class MatrixResource {

    private final MatrixService matrix;
    private final CsvExports csv;

    public MatrixResource(MatrixService matrix, CsvExports csv) {
        this.matrix = matrix;
        this.csv = csv;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response matrix(@BeanParam Representation representation, @QueryParam("as_of") LocalDate asOf,
                           @Context UriInfo uri) {
        MatrixView view = matrix.build(listParameter(uri, "states"), listParameter(uri, "treaties"), asOf);
        return representation.csv() ? csv.response(MatrixView.Cell.class, view.items(), representation.bom())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The parameter's value; "" when given empty ("states="), which selects nothing, unlike leaving it out. */
    private static String listParameter(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        return values == null ? null : String.join(",", values);
    }
}
