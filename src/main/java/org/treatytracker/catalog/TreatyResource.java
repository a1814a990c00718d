package org.treatytracker.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

@Path("/api/v1/treaties")
@Produces(MediaType.APPLICATION_JSON)
public class TreatyResource {

    private final TreatyService treaties;

    public TreatyResource(TreatyService treaties) {
        this.treaties = treaties;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<TreatyView> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return ItemList.page(treaties.list(), PageRequest.of(page, perPage));
    }

    @GET
    @Path("/{code}")
    public TreatyView get(@PathParam("code") String code) {
        return treaties.get(code);
    }
}
