package org.treatytracker.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A source's page: an article's text with its passages marked and the facts they support. */
@Path("/sources/{id}")
public class SourcePageResource {

    private final SourcePageService sources;
    private final PageRenderer pages;

    public SourcePageResource(SourcePageService sources, PageRenderer pages) {
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    @Produces("text/html")
    public Response source(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        PageContext context = PageContext.of(uri, headers);
        return sources.page(id, context)
                .map(page -> {
                    PageFrame frame = pages.frame(context, page.title(), page.jsonHref(), null);
                    return pages.ok(frame, Templates.source(frame, page));
                })
                .orElseGet(() -> pages.missing(context, text -> text.noSuchSource(id)));
    }
}
