package org.treatytracker.claim;

import java.util.List;

public record TreatyDateClaim(String id, String treaty, String event, String date, String dateBasis,
                              List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new TreatyDateClaim(id, treaty, event, date, dateBasis, citations);
    }
}
