package org.treatytracker.ratification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/api/v1/ratifications/matrix")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {

    private final MatrixService matrix;

    public MatrixResource(MatrixService matrix) {
        this.matrix = matrix;
    }

    @GET
    public MatrixView matrix(@QueryParam("as_of") String asOf, @Context UriInfo uri) {
        return matrix.build(listParameter(uri, "states"), listParameter(uri, "treaties"), RatificationService.asOf(asOf));
    }

    /** The parameter's value; "" when given empty ("states="), which selects nothing, unlike leaving it out. */
    private static String listParameter(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        return values == null ? null : String.join(",", values);
    }
}
