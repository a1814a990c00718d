package org.treatytracker.claim;

import java.util.List;

public record HrcMembershipClaim(String id, String state, Integer termStart, Integer termEnd, String status,
                                 List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new HrcMembershipClaim(id, state, termStart, termEnd, status, citations);
    }
}
