package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.web.CsvColumn;

/**
 * States x treaties for heat-maps: one small cell per pair, in state then treaty order. Evidence
 * stays one link away: each cell's {@code href}.
 */
public record MatrixView(List<String> states, List<String> treaties, String asOf, List<Cell> items, int total) {

    /**
     * {@code signed_on}: first signature; {@code bound_on}: first binding act (ratification, accession...);
     * {@code basis} and {@code basis_as_of} as in a state's ratification status.
     */
    public record Cell(
            @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state.", coded = CsvColumn.Coded.state) String state,
            @CsvColumn(value = "The treaty's code.", coded = CsvColumn.Coded.treaty) String treaty,
            @CsvColumn("The state's standing towards the treaty.") RatificationStatus status,
            @CsvColumn(value = "Its first signature.", empty = "no dated signature on record", date = true) String signedOn,
            @CsvColumn(value = "Its first binding act (ratification, accession...).", empty = "no dated binding act on record",
                    date = true) String boundOn,
            @CsvColumn("API path of the pair's status, with its actions and their evidence.") String href,
            @CsvColumn("How complete the answer is: `complete` as of `basis_as_of`, `partial` or `unknown`.") Standing.Basis basis,
            @CsvColumn(value = "The date of the complete record that governs the answer.", empty = "no complete record covers the pair",
                    date = true) String basisAsOf) {
    }
}
