package org.treatytracker.claim;

import java.util.List;

public record UprReviewClaim(String id, String state, Integer cycle, Integer session, String reviewedOn,
                             Integer adoptedAtHrcSession, Integer recommendationsTotal, Integer accepted, Integer noted,
                             List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new UprReviewClaim(id, state, cycle, session, reviewedOn, adoptedAtHrcSession, recommendationsTotal,
                accepted, noted, citations);
    }
}
