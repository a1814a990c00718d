package org.treatytracker.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A treaty's page: its dates, its parties over time, every state's standing towards it. */
@Path("/treaties/{code}")
public class TreatyPageResource {

    private final TreatyPageService treaties;
    private final PageRenderer pages;

    public TreatyPageResource(TreatyPageService treaties, PageRenderer pages) {
        this.treaties = treaties;
        this.pages = pages;
    }

    @GET
    @Produces("text/html")
    public Response treaty(@PathParam("code") String code, @QueryParam("sort") String sort, @Context UriInfo uri,
                           @Context HttpHeaders headers) {
        PageContext context = PageContext.of(uri, headers);
        return treaties.page(code, sort, context)
                .map(page -> {
                    PageFrame frame = pages.frame(context, page.name(), page.jsonHref(), page.csvHref());
                    return pages.ok(frame, Templates.treaty(frame, page));
                })
                .orElseGet(() -> pages.missing(context, text -> text.noSuchTreaty(code)));
    }
}
