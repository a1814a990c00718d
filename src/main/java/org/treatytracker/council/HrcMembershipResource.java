package org.treatytracker.council;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.catalog.StateService;
import org.treatytracker.web.Csv;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;

@Path("/api/v1/states/{iso3}/hrc-memberships")
@Produces(MediaType.APPLICATION_JSON)
public class HrcMembershipResource {

    private final StateService states;

    public HrcMembershipResource(StateService states) {
        this.states = states;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemList<HrcMembershipView> ofState(@PathParam("iso3") Iso3 iso3, @BeanParam Paging paging) {
        String code = states.require(iso3).code;
        return ItemList.page(HrcMembership.ofState(code).stream().map(HrcMembershipView::of).toList(),
                paging.request());
    }
}
