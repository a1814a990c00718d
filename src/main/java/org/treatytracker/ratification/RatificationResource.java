package org.treatytracker.ratification;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.treatytracker.web.Csv;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;
import org.treatytracker.web.TreatyCode;

@Path("/api/v1/states/{iso3}/ratifications")
@Produces(MediaType.APPLICATION_JSON)
public class RatificationResource {

    private final RatificationService ratifications;

    public RatificationResource(RatificationService ratifications) {
        this.ratifications = ratifications;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<RatificationView> ofState(@PathParam("iso3") Iso3 iso3, @QueryParam("as_of") LocalDate asOf,
            @BeanParam Paging paging) {
        return ItemList.page(ratifications.ofState(iso3, asOf), paging.request());
    }

    @GET
    @Path("/{code}")
    public RatificationView ofStateAndTreaty(@PathParam("iso3") Iso3 iso3, @PathParam("code") TreatyCode code,
                                             @QueryParam("as_of") LocalDate asOf) {
        return ratifications.ofStateAndTreaty(iso3, code, asOf);
    }
}
