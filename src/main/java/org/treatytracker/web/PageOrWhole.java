package org.treatytracker.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

/**
 * For a list paged in the database, as a {@code @BeanParam}: the page asked for, or the whole selection
 * when CSV is asked for. A list's CSV holds every item whatever {@code page} and {@code per_page} say, so
 * they are then not read at all, and a malformed one does not refuse the CSV; for JSON they are checked
 * as they arrive, by the rule {@link Paging} follows.
 */
public record PageOrWhole(@BeanParam Representation representation, @QueryParam("page") String page,
                          @QueryParam("per_page") String perPage) {

    public PageOrWhole {
        if (!representation.csv()) {
            asked(page, perPage);
        }
    }

    public boolean csv() {
        return representation.csv();
    }

    public Bom bom() {
        return representation.bom();
    }

    public PageRequest request() {
        return csv() ? PageRequest.WHOLE : asked(page, perPage);
    }

    private static PageRequest asked(String page, String perPage) {
        return new Paging(page == null ? null : PageNumber.of(page), perPage == null ? null : PageSize.of(perPage)).request();
    }
}
