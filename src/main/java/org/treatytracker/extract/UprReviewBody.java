package org.treatytracker.extract;

import java.util.Arrays;
import java.util.List;

/** {@code kind: upr_review}: a state's UPR review and the totals the text reports (null where it does not). */
public record UprReviewBody(String state, Integer cycle, Integer session, String reviewedOn,
                            Integer adoptedAtHrcSession, Integer recommendationsTotal, Integer accepted, Integer noted,
                            List<CitationBody> citations) implements ClaimBody {

    public static final String KIND = "upr_review";

    @Override
    public UprReviewBody withCitations(List<CitationBody> citations) {
        return new UprReviewBody(state, cycle, session, reviewedOn, adoptedAtHrcSession, recommendationsTotal, accepted,
                noted, citations);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A review without totals ("adopted the outcomes of Lesotho, Kenya and Armenia") is a vaguer form
     * of the same state's review whose totals the text gives elsewhere: one fact, one claim.
     */
    @Override
    public List<Object> vaguerFormKey() {
        return hasTotals() ? null : Arrays.asList(KIND, state);
    }

    @Override
    public List<Object> fullerFormKey() {
        return hasTotals() ? Arrays.asList(KIND, state) : null;
    }

    private boolean hasTotals() {
        return recommendationsTotal != null || accepted != null || noted != null;
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, state, recommendationsTotal, accepted, noted);
    }
}
