package org.treatytracker.catalog;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;
import org.treatytracker.web.TreatyCode;

@Path("/api/v1/treaties")
@Produces(MediaType.APPLICATION_JSON)
public class TreatyResource {

    private final TreatyService treaties;

    public TreatyResource(TreatyService treaties) {
        this.treaties = treaties;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<TreatyView> list(@BeanParam Paging paging) {
        return ItemList.page(treaties.list(), paging.request());
    }

    @GET
    @Path("/{code}")
    public TreatyView get(@PathParam("code") TreatyCode code) {
        return treaties.get(code);
    }
}
