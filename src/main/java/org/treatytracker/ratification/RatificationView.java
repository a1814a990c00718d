package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.CsvColumn;

/**
 * A party's status towards one treaty, with the actions it is derived from and their evidence.
 * With {@code as_of}, the status as it stood on that date, and only the actions that may have
 * happened by then. {@code basis} says how complete the answer is ({@link Standing.Basis}):
 * {@code complete} as of {@code basis_as_of} (a complete record covers the pair), {@code partial}
 * (from the evidence on record; a lower bound), or {@code unknown}. {@code coverage} lists the
 * dataset records covering the pair, each with what it says alone, so that two that disagree both
 * show. The CSV leaves {@code actions} out: {@code /api/v1/treaty-actions} lists them one row each.
 */
public record RatificationView(
        @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state.", coded = CsvColumn.Coded.state) String state,
        @CsvColumn("The treaty's code.") String treaty,
        @CsvColumn("The catalog's English name of the treaty.") String treatyName,
        @CsvColumn("The state's standing towards the treaty, derived from the actions counted.") RatificationStatus status,
        @CsvColumn(value = "The day the status is as of (the `as_of` asked for).", empty = "the status today", date = true) String asOf,
        @CsvColumn(value = "The actions the status is derived from.", csv = false) List<Action> actions,
        @CsvColumn("API path of this status with its actions and their evidence.") String href,
        @CsvColumn("How complete the answer is: `complete` as of `basis_as_of`, `partial` (a lower bound from the evidence on record) or `unknown`.")
        Standing.Basis basis,
        @CsvColumn(value = "The date of the complete record that governs the answer.", empty = "no complete record covers the pair",
                date = true) String basisAsOf,
        @CsvColumn("True when a covering record, read alone, says otherwise than `status` as of its own date.") boolean disagreement,
        @CsvColumn(value = "The dataset records covering the pair, each with what it says alone, as JSON.", empty = "no dataset record covers the pair")
        List<Standing.SourceView> coverage) {

    /**
     * {@code date} is ISO 8601 at the precision known ("2015", "2009-05", "1982-09-24"), or null if
     * unknown. {@code counted}: false for an action of a record superseded by a newer complete one.
     */
    public record Action(
            long factId,
            TreatyAction.Type type,
            String date,
            String datePrecision,
            String dateBasis,
            List<ProvenanceView> provenance,
            boolean counted) {
    }
}
