package org.treatytracker.claim;

import java.math.BigDecimal;
import java.util.List;

public record ReportedFigureClaim(String id, String subject, String metric, String labelEn, BigDecimal value,
                                  BigDecimal outOf, String qualifier, String asOf, String asOfBasis,
                                  List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new ReportedFigureClaim(id, subject, metric, labelEn, value, outOf, qualifier, asOf, asOfBasis,
                citations);
    }
}
