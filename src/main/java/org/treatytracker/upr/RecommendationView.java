package org.treatytracker.upr;

import java.util.List;

/** One UPR recommendation as made, with its response and where it comes from ({@code source}). */
public record RecommendationView(
        long id,
        String state,
        int cycle,
        Integer session,
        String unNumber,
        String text,
        String language,
        String response,
        String responseRaw,
        List<String> recommendingStates,
        List<String> themes,
        SourceRef source) {

    /** The source the recommendation was taken from and where in it (e.g. a file and its row). */
    public record SourceRef(String sourceId, String locator, String href) {
    }

    /** The CSV columns, named as the JSON fields flatten (see the list CSV convention). */
    static final List<String> CSV_COLUMNS = List.of("id", "state", "cycle", "session", "un_number", "text", "language",
            "response", "response_raw", "recommending_states", "themes", "source.source_id", "source.locator",
            "source.href");
}
