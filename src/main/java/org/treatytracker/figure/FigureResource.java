package org.treatytracker.figure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.ItemList;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final FigureService figures;

    public FigureResource(FigureService figures) {
        this.figures = figures;
    }

    @GET
    public ItemList<FigureView> list(@QueryParam("subject") String subject) {
        return ItemList.of(figures.list(subject));
    }
}
