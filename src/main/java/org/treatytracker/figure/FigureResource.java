package org.treatytracker.figure;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final FigureService figures;

    public FigureResource(FigureService figures) {
        this.figures = figures;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<FigureView> list(@BeanParam FigureFilter filter, @BeanParam Paging paging) {
        return ItemList.page(figures.list(filter.subject()), paging.request());
    }
}
