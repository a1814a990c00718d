package org.treatytracker.page;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.web.Problem;

/**
 * A browser asking for a page that fails (a path with no page, a database out of reach, an error)
 * gets the problem as a page in its language, with the same status and headers (Retry-After);
 * under /api, and for clients that do not ask for HTML, problems stay problem+json.
 */
public class ProblemPages {

    private final PageRenderer pages;

    public ProblemPages(PageRenderer pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(response.getEntity() instanceof Problem problem) || path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        response.getHeaders().putSingle("Vary", "Accept, Accept-Language");
        if (!wantsHtml(request)) {
            return;
        }
        PageContext context = PageContext.of(request.getUriInfo(), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        PageText text = context.language().text();
        String title = text.problemTitle(problem.status());
        String detail = text.problemDetail(problem.status());
        response.setEntity(pages.problemPage(context, title, detail), null, PageRenderer.HTML);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, context.language().name());
    }

    private static boolean wantsHtml(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }
}
