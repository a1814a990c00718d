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

@Path("/api/v1/states")
@Produces(MediaType.APPLICATION_JSON)
public class StateResource {

    private final StateService states;

    public StateResource(StateService states) {
        this.states = states;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<StateView> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return ItemList.page(states.list(), PageRequest.of(page, perPage));
    }

    @GET
    @Path("/{iso3}")
    public StateView get(@PathParam("iso3") String iso3) {
        return StateView.of(states.require(iso3));
    }
}
