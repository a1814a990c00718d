package org.treatytracker.upr;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;

@Path("/api/v1/upr/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class UprCycleResource {

    private final UprService upr;

    public UprCycleResource(UprService upr) {
        this.upr = upr;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<UprCycleView> cycles(@BeanParam Paging paging) {
        return ItemList.page(upr.cycles(), paging.request());
    }
}
