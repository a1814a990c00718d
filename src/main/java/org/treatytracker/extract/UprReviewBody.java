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
     * of the same state's review whose totals the text gives elsewhere; one with its total only ("received
     * by China (428)") of the same state's review with that total and the responses: one fact, one claim.
     */
    @Override
    public List<Object> vaguerFormKey() {
        if (!hasTotals()) {
            return Arrays.asList(KIND, state);
        }
        return accepted == null && noted == null ? Arrays.asList(KIND, state, recommendationsTotal) : null;
    }

    @Override
    public List<List<Object>> fullerFormKeys() {
        if (!hasTotals()) {
            return List.of();
        }
        return accepted != null || noted != null
                ? List.of(Arrays.asList(KIND, state), Arrays.asList(KIND, state, recommendationsTotal))
                : List.of(Arrays.asList(KIND, state));
    }

    @Override
    public int fullness() {
        return (recommendationsTotal == null ? 0 : 1) + (accepted == null ? 0 : 1) + (noted == null ? 0 : 1);
    }

    private boolean hasTotals() {
        return recommendationsTotal != null || accepted != null || noted != null;
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, state, recommendationsTotal, accepted, noted);
    }
}
