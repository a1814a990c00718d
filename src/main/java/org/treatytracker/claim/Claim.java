package org.treatytracker.claim;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a claim says, in the shape seed files and {@code POST /api/v1/claims} share (docs/seed-format.md):
 * the kind, its fields, and the citations that back it. {@code id} is the seed key in seed files; the
 * API assigns ids itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TreatyActionClaim.class, name = "treaty_action"),
        @JsonSubTypes.Type(value = TreatyDateClaim.class, name = "treaty_date"),
        @JsonSubTypes.Type(value = UprReviewClaim.class, name = "upr_review"),
        @JsonSubTypes.Type(value = ReportedFigureClaim.class, name = "reported_figure"),
        @JsonSubTypes.Type(value = HrcMembershipClaim.class, name = "hrc_membership"),
        @JsonSubTypes.Type(value = UprRecommendationClaim.class, name = "upr_recommendation")})
public sealed interface Claim permits TreatyActionClaim, TreatyDateClaim, UprReviewClaim, ReportedFigureClaim,
        HrcMembershipClaim, UprRecommendationClaim {

    String id();

    List<ClaimCitation> citations();

    /** The same claim with other citations (null: none), e.g. to show a fact's fields apart from its evidence. */
    Claim withCitations(List<ClaimCitation> citations);
}
