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
                           @QueryParam("states") List<String> states, @QueryParam("treaties") List<String> treaties,
                           @BeanParam StateQuery which, @Context UriInfo uri) {
        MatrixView view = matrix.build(joined(states, uri, "states"), joined(treaties, uri, "treaties"), which, asOf);
        return representation.csv() ? csv.response(MatrixView.Cell.class, view.items(), representation.bom())
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The parameter's values, which may be repeated ({@code states=VNM&states=FRA} is {@code states=VNM,FRA});
     * null when left out, "" when given empty ({@code states=}), which selects nothing. The framework
     * drops empty values from a list, so whether the parameter was given is read from the query itself.
     */
    static String joined(List<String> values, UriInfo uri, String name) {
        return uri.getQueryParameters().containsKey(name) ? String.join(",", values) : null;
    }
}
