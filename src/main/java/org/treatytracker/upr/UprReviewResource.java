package org.treatytracker.upr;

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

/** Under /states/{iso3} with its full path: JAX-RS matches the longest root path and does not backtrack. */
@Path("/api/v1/states/{iso3}/upr-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class UprReviewResource {

    private final UprService upr;

    public UprReviewResource(UprService upr) {
        this.upr = upr;
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<UprReviewView> reviews(@PathParam("iso3") Iso3 iso3, @BeanParam Paging paging) {
        return ItemList.page(upr.reviewsOf(iso3), paging.request());
    }
}
