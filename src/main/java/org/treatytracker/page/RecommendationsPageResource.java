package org.treatytracker.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The recommendations: full-text search and the API's filters, paged, with the CSV of the same selection. */
@Path("/recommendations")
public class RecommendationsPageResource {

    private final RecommendationsPageService recommendations;
    private final PageRenderer pages;

    public RecommendationsPageResource(RecommendationsPageService recommendations, PageRenderer pages) {
        this.recommendations = recommendations;
        this.pages = pages;
    }

    @GET
    @Produces("text/html")
    public Response recommendations(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("cycle") String cycle,
                                    @QueryParam("response") String response, @QueryParam("theme") String theme,
                                    @QueryParam("recommending_state") String recommendingState, @QueryParam("page") String page,
                                    @Context UriInfo uri, @Context HttpHeaders headers) {
        PageContext context = PageContext.of(uri, headers);
        RecommendationsPage.Filters filters = new RecommendationsPage.Filters(given(q), code(state), given(cycle), given(response),
                given(theme), code(recommendingState));
        RecommendationsPage shown = recommendations.page(filters, page, context);
        PageFrame frame = pages.frame(context, context.language().text().navRecommendations(), shown.jsonHref(), shown.csvHref());
        return pages.ok(frame, Templates.recommendations(frame, shown));
    }

    /** A state's code as the form's lists hold it (upper case), so that the form shows what was asked in any case. */
    private static String code(String value) {
        String code = given(value);
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    /** An empty field of the form is no filter. */
    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
