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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A state's page: its commitments, its UPR reviews, its Council terms, the figures reported about it. */
@Path("/states/{iso3}")
public class StatePageResource {

    private final StatePageService states;
    private final PageRenderer pages;

    public StatePageResource(StatePageService states, PageRenderer pages) {
        this.states = states;
        this.pages = pages;
    }

    @GET
    @Produces("text/html")
    public Response state(@PathParam("iso3") String iso3, @QueryParam("as_of") String asOf, @Context UriInfo uri,
                          @Context HttpHeaders headers) {
        PageContext context = PageContext.of(uri, headers);
        String code = iso3.toUpperCase(Locale.ROOT);
        LocalDate date = null;
        boolean refused = false;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException notADate) {
                refused = true;
            }
        }
        if (!code.matches("[A-Z]{3}")) {
            return pages.missing(context, text -> text.noSuchState(iso3));
        }
        return states.page(code, date, refused ? asOf : null, context)
                .map(page -> {
                    PageFrame frame = pages.frame(context, page.name(), page.api().ratifications(), page.api().ratificationsCsv());
                    return pages.ok(frame, Templates.state(frame, page));
                })
                .orElseGet(() -> pages.missing(context, text -> text.noSuchState(iso3)));
    }
}
