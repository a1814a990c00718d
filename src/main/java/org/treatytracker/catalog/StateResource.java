package org.treatytracker.catalog;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;

@Path("/api/v1/states")
@Produces(MediaType.APPLICATION_JSON)
public class StateResource {

    private final StateService states;

    public StateResource(StateService states) {
        this.states = states;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<StateView> list(@BeanParam StateQuery query, @BeanParam Paging paging) {
        return ItemList.page(states.list(query), paging.request());
    }

    @GET
    @Path("/{iso3}")
    public StateView get(@PathParam("iso3") Iso3 iso3) {
        return StateView.of(states.require(iso3));
    }
}
