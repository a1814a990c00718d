package org.treatytracker.ratification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.ItemList;

@Path("/api/v1/states/{iso3}/ratifications")
@Produces(MediaType.APPLICATION_JSON)
public class RatificationResource {

    private final RatificationService ratifications;

    public RatificationResource(RatificationService ratifications) {
        this.ratifications = ratifications;
    }

    @GET
    public ItemList<RatificationView> ofState(@PathParam("iso3") String iso3, @QueryParam("as_of") String asOf) {
        return ItemList.of(ratifications.ofState(iso3, RatificationService.asOf(asOf)));
    }

    @GET
    @Path("/{code}")
    public RatificationView ofStateAndTreaty(@PathParam("iso3") String iso3, @PathParam("code") String code,
                                             @QueryParam("as_of") String asOf) {
        return ratifications.ofStateAndTreaty(iso3, code, RatificationService.asOf(asOf));
    }
}
