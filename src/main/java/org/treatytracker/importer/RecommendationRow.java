package org.treatytracker.importer;

import java.util.List;

/**
 * One row of a UPR recommendations table, resolved: codes for states, a cycle number, a normalised
 * response. {@code unknownRecommender}: a recommending state the file gives as unknown ("(Unknown)"),
 * left out of {@code recommendingStates}. {@code actionCategory}: UPR Info's category (1 to 5), null
 * when the file gives none.
 */
record RecommendationRow(
        long line,
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
        Integer actionCategory,
        boolean unknownRecommender) {
}
