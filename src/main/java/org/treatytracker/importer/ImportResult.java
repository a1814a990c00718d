package org.treatytracker.importer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What an import did. {@code status}: {@code imported}, {@code unchanged} (this very file was
 * imported before; nothing written) or {@code failed} (nothing written; {@code problems} lists every
 * bad row). Counts of added, changed, removed and unchanged items compare with the dataset's previous
 * export; {@code unit} says what an item is. A recommendations import also says how its rows became
 * recommendations ({@code merging}; absent for other formats).
 */
public record ImportResult(
        String status,
        String format,
        String dataset,
        String file,
        String sha256,
        String source,
        long rows,
        String unit,
        long added,
        long changed,
        long removed,
        long unchanged,
        double seconds,
        long rowsPerSecond,
        List<String> notes,
        @JsonIgnore List<RowProblem> problems,
        @JsonInclude(JsonInclude.Include.NON_NULL) Merging merging) {

    /**
     * How rows became recommendations: {@code mergedRows} rows were one more recommending state of a
     * recommendation read on an earlier row; {@code keptApartByResponse} rows had an earlier row's
     * text but another response, and are recommendations of their own;
     * {@code rowsWithUnknownRecommendingState} rows named a recommending state as unknown.
     */
    public record Merging(long mergedRows, long keptApartByResponse, long rowsWithUnknownRecommendingState) {
    }

    ImportResult with(Merging counts) {
        return new ImportResult(status, format, dataset, file, sha256, source, rows, unit, added, changed, removed,
                unchanged, seconds, rowsPerSecond, notes, problems, counts);
    }

    /** The problems themselves are printed one per line; the summary counts them. */
    @JsonProperty("problems")
    public int problemCount() {
        return problems.size();
    }

    @JsonIgnore
    public boolean failed() {
        return status.equals("failed");
    }
}
