package org.treatytracker.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The home page: search by name, what the tracker holds, the way into the API. */
@Path("/")
public class HomePageResource {

    private final HomeService home;
    private final PageRenderer pages;

    public HomePageResource(HomeService home, PageRenderer pages) {
        this.home = home;
        this.pages = pages;
    }

    @GET
    @Produces("text/html")
    public Response home(@QueryParam("q") String query, @Context UriInfo uri, @Context HttpHeaders headers) {
        PageContext context = PageContext.of(uri, headers);
        PageText text = context.language().text();
        HomePage page = home.home(query, context);
        PageFrame frame = pages.frame(context, page.query() == null ? text.homeTitle() : text.resultsFor(page.query()),
                "/api/v1/treaties", "/api/v1/treaties?format=csv");
        return pages.ok(frame, Templates.home(frame, page));
    }
}
