package org.treatytracker.upr;

import jakarta.ws.rs.QueryParam;
import org.treatytracker.catalog.RegionalGroup;
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
                       @QueryParam("response") String response,
                       @QueryParam("regional_group") String regionalGroup,
                       @QueryParam("recommending_regional_group") String recommendingRegionalGroup,
                       @QueryParam("action_category") String actionCategory) {

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
        group("regional_group", regionalGroup);
        group("recommending_regional_group", recommendingRegionalGroup);
        if (actionCategory != null) {
            int category = number("action_category", actionCategory);
            if (category < 1 || category > 5) {
                throw ApiException.badRequest("action_category " + category + " is not one of UPR Info's categories 1 to 5.");
            }
        }
    }

    /** The state under review's UN regional group; null when none was given. */
    public RegionalGroup regionalGroupNamed() {
        return group("regional_group", regionalGroup);
    }

    /** A recommending state's UN regional group; null when none was given. */
    public RegionalGroup recommendingRegionalGroupNamed() {
        return group("recommending_regional_group", recommendingRegionalGroup);
    }

    /** UPR Info's action category; null when none was given. */
    public Integer actionCategoryNumber() {
        return actionCategory == null ? null : number("action_category", actionCategory);
    }

    private static RegionalGroup group(String name, String value) {
        if (value == null) {
            return null;
        }
        return RegionalGroup.named(value).orElseThrow(() -> ApiException.badRequest(name + " '" + Codes.printable(value)
                + "' is not one of " + RegionalGroup.listed() + "."));
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
