package org.treatytracker.importer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What an import did. {@code status}: {@code imported}, {@code unchanged} (this very file was
 * imported before; nothing written) or {@code failed} (nothing written; {@code problems} lists every
 * bad row). Counts of added, changed, removed and unchanged items compare with the dataset's previous
 * export; {@code unit} says what an item is.
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
        @JsonIgnore List<RowProblem> problems) {

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
