package org.treatytracker.council;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;

public record HrcMembershipView(
        long factId,
        String state,
        int termStart,
        int termEnd,
        HrcMembership.Status status,
        List<ProvenanceView> provenance) {

    public static HrcMembershipView of(HrcMembership membership) {
        return new HrcMembershipView(membership.id, membership.state.code, membership.termStart,
                membership.termEnd, membership.status,
                membership.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
