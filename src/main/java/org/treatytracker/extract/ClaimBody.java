package org.treatytracker.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A proposed claim, in the shape of the body of {@code POST /api/v1/claims} (the seed claims'
 * shapes, docs/seed-format.md, without the id): {@code kind} plus the kind's fields and citations.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TreatyActionBody.class, name = TreatyActionBody.KIND),
        @JsonSubTypes.Type(value = UprReviewBody.class, name = UprReviewBody.KIND),
        @JsonSubTypes.Type(value = ReportedFigureBody.class, name = ReportedFigureBody.KIND),
        @JsonSubTypes.Type(value = HrcMembershipBody.class, name = HrcMembershipBody.KIND)})
public sealed interface ClaimBody permits TreatyActionBody, UprReviewBody, ReportedFigureBody, HrcMembershipBody {

    List<CitationBody> citations();

    ClaimBody withCitations(List<CitationBody> citations);

    /** The kind's wire name ("upr_review"); serialised by the type information, not as a field. */
    @JsonIgnore
    String kind();

    /** The fields two proposals must share to propose the same fact (citations and wording aside). */
    @JsonIgnore
    List<Object> key();

    /**
     * When this claim says less about a fact than another may ("membre du Conseil" beside "membre du
     * Conseil pour 2023-2025"), the fields it shares with that fuller claim, which it is then better
     * cited as: the claim one of whose {@link #fullerFormKeys()} is the same. Null when it is no vaguer form.
     */
    @JsonIgnore
    default List<Object> vaguerFormKey() {
        return null;
    }

    /**
     * The keys vaguer forms of this claim have ({@link #vaguerFormKey()}); empty when none can have them. A
     * claim may stand for several vaguer forms (a review with its totals and responses, for the review
     * without totals and for the one with its total only).
     */
    @JsonIgnore
    default List<List<Object>> fullerFormKeys() {
        return List.of();
    }

    /** How much of the fact the claim states: of two fuller forms for one vaguer form, the fuller is cited. */
    @JsonIgnore
    default int fullness() {
        return 0;
    }
}
