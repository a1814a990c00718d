package org.treatytracker.upr;

import jakarta.ws.rs.QueryParam;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.Iso3;

/**
 * The UPR filters of the statistics and of the recommendations list, as a {@code @BeanParam}, their forms
 * checked as they arrive (a 400 naming the filter); a state, cycle, session or theme that does not exist
 * is the 404 of {@link UprStatsService#filters}.
 */
public record UprQuery(@QueryParam("state") Iso3 state, @QueryParam("cycle") String cycle,
                       @QueryParam("session") String session,
                       @QueryParam("recommending_state") Iso3 recommendingState, @QueryParam("theme") String theme,
                       @QueryParam("response") String response) {

    private static final int MAX_THEME = 200;

    public UprQuery {
        if (cycle != null) {
            number("cycle", cycle);
        }
        if (session != null) {
            number("session", session);
        }
        if (response != null && UprResponse.named(response).isEmpty()) {
            throw ApiException.badRequest("response '" + Codes.printable(response) + "' is not one of "
                    + UprResponse.listed() + ".");
        }
        if (theme != null && (theme.isBlank() || theme.length() > MAX_THEME)) {
            throw ApiException.badRequest("theme must be 1 to " + MAX_THEME + " characters.");
        }
    }

    /** The cycle's number; null when no cycle was given. */
    public Integer cycleNumber() {
        return cycle == null ? null : number("cycle", cycle);
    }

    /** The UPR Working Group session's number; null when no session was given. */
    public Integer sessionNumber() {
        return session == null ? null : number("session", session);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " '" + Codes.printable(value) + "' is not a number.");
        }
    }
}
