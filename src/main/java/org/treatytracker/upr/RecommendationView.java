package org.treatytracker.upr;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One UPR recommendation as made, with its response and where it comes from ({@code source}): a
 * passage of a stored article for those editors add, a place in an imported file for the others.
 * {@code owner} says who maintains it and {@code version} is its ETag. {@code actionCategories}: UPR
 * Info's action categories (1 to 5) where the data gives them, several only when the rows merged
 * into it were rated differently.
 */
public record RecommendationView(
        long id,
        String state,
        int cycle,
        Integer session,
        long reviewFactId,
        String unNumber,
        String text,
        String language,
        String response,
        String responseRaw,
        List<String> recommendingStates,
        List<String> themes,
        List<Integer> actionCategories,
        String owner,
        int version,
        SourceRef source) {

    /** Who maintains a recommendation: an imported dataset (replaced by its next import) or editors. */
    public static final String DATASET = "dataset";
    public static final String EDITOR = "editor";

    /**
     * The source and where in it: a verbatim {@code quote} at code-point offsets [start, end) of the
     * stored text, or a {@code locator} (e.g. a file's row); {@code derivation} says how the
     * recommendation follows from it when it is not read literally.
     */
    public record SourceRef(String sourceId, String locator, String quote, Integer start, Integer end,
                            String derivation, String href) {
    }

    /**
     * The CSV columns, named as the JSON fields flatten (see the list CSV convention). Columns added
     * after the first release come last, so that a reader going by position still finds the others.
     */
    static final List<String> CSV_COLUMNS = List.of("id", "state", "cycle", "session", "un_number", "text", "language",
            "response", "response_raw", "recommending_states", "themes", "source.source_id", "source.locator",
            "source.href", "review_fact_id", "owner", "version", "source.quote", "source.start", "source.end",
            "source.derivation", "action_categories");

    List<Object> csvRow() {
        return Arrays.asList(id, state, cycle, session, unNumber, text, language, response, responseRaw,
                String.join(" | ", recommendingStates), String.join(" | ", themes), source.sourceId(), source.locator(),
                source.href(), reviewFactId, owner, version, source.quote(), source.start(), source.end(),
                source.derivation(), actionCategories.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
    }
}
