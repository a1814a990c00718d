package org.treatytracker.claim;

import java.util.List;

public record TreatyActionClaim(String id, String party, String treaty, String action, String date, String dateBasis,
                                List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new TreatyActionClaim(id, party, treaty, action, date, dateBasis, citations);
    }
}
