package org.treatytracker.provenance;

import java.util.List;
import org.treatytracker.web.CsvColumn;

/** A fact that cites a given source: what it says, where it is shown, and its evidence there. */
public record ClaimView(
        @CsvColumn("The fact's id (`/api/v1/facts/{id}`).") long factId,
        @CsvColumn(value = "The fact's kind.", values = {"treaty_entry", "treaty_date", "treaty_action", "upr_cycle", "upr_review",
            "reported_figure", "hrc_membership"}) String kind,
        @CsvColumn("What the fact says, in a sentence.") String statement,
        @CsvColumn("API path where the fact is shown.") String href,
        @CsvColumn("Its evidence in this source, as JSON (see `provenance` in the contract).") List<ProvenanceView> provenance) {
}
