package org.treatytracker.council;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.CsvColumn;

public record HrcMembershipView(
        @CsvColumn("The fact's id (`/api/v1/facts/{id}`).") long factId,
        @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state.", coded = CsvColumn.Coded.state) String state,
        @CsvColumn("The first year of the term.") int termStart,
        @CsvColumn("The last year of the term.") int termEnd,
        @CsvColumn("Whether the state is a member for the term or a candidate.") HrcMembership.Status status,
        @CsvColumn(value = "Evidence for it, as JSON (see `provenance` in the contract).", empty = "none") List<ProvenanceView> provenance) {

    public static HrcMembershipView of(HrcMembership membership) {
        return new HrcMembershipView(membership.id, membership.state.code, membership.termStart,
                membership.termEnd, membership.status,
                membership.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
