package org.treatytracker.ratification;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;

/** Every treaty action on record, one item each: the flat table the statuses are derived from. */
@Path("/api/v1/treaty-actions")
public class TreatyActionResource {

    private final TreatyActionService actions;

    public TreatyActionResource(TreatyActionService actions) {
        this.actions = actions;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public ItemList<TreatyActionView> list(@BeanParam TreatyActionFilter filter, @BeanParam Paging paging) {
        return ItemList.page(actions.list(filter), paging.request());
    }
}
