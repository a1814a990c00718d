package org.treatytracker.claim;

import java.util.List;

/**
 * One UPR recommendation made to a state in a review ({@code review}: the review's fact id), with its
 * words, language, response and recommending states, backed by exactly one citation. Not a fact of its
 * own: it is written by the API into the review's recommendations, never by the seed files.
 */
public record UprRecommendationClaim(String id, Long review, String text, String language, String unNumber,
                                     String response, String responseRaw, List<String> recommendingStates,
                                     List<String> themes, List<ClaimCitation> citations) implements Claim {

    @Override
    public Claim withCitations(List<ClaimCitation> citations) {
        return new UprRecommendationClaim(id, review, text, language, unNumber, response, responseRaw,
                recommendingStates, themes, citations);
    }
}
