package org.treatytracker.ratification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

@Path("/api/v1/states/{iso3}/ratifications")
@Produces(MediaType.APPLICATION_JSON)
public class RatificationResource {

    private final RatificationService ratifications;

    public RatificationResource(RatificationService ratifications) {
        this.ratifications = ratifications;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<RatificationView> ofState(@PathParam("iso3") String iso3, @QueryParam("as_of") String asOf,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return ItemList.page(ratifications.ofState(iso3, RatificationService.asOf(asOf)),
                PageRequest.of(page, perPage));
    }

    @GET
    @Path("/{code}")
    public RatificationView ofStateAndTreaty(@PathParam("iso3") String iso3, @PathParam("code") String code,
                                             @QueryParam("as_of") String asOf) {
        return ratifications.ofStateAndTreaty(iso3, code, RatificationService.asOf(asOf));
    }
}
