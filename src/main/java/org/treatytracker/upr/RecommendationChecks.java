package org.treatytracker.upr;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.treatytracker.catalog.NameChecks;
import org.treatytracker.catalog.Party;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.claim.UprRecommendationClaim;
import org.treatytracker.provenance.Fact;
import org.treatytracker.web.Codes;

/**
 * What a UPR recommendation may hold. Its sizes are bounded here, for every writer: editors' claims
 * ({@link #fill}) and the importers ({@link #sizeProblems}). Where editors write one, its review
 * must also exist and not be an imported one, and its recommending states must resolve.
 */
public final class RecommendationChecks {

    /** The longest recommendation text accepted. */
    public static final int MAX_TEXT = 20_000;
    /** A UN number, and each theme. */
    public static final int MAX_SHORT = 200;
    /** The response as the source words it. */
    public static final int MAX_LABEL = 500;
    /** Recommending states, and themes. */
    public static final int MAX_LISTED = 200;

    private static final String THEME_SIZE = "each of 'themes' must be 1 to " + MAX_SHORT + " characters";

    private final NameChecks names;

    public RecommendationChecks(NameChecks names) {
        this.names = names;
    }

    /**
     * What breaks the size limits, in the words the API's problems use; empty when nothing does. For
     * writers whose other checks differ (an import resolves names in its own index).
     */
    public static List<String> sizeProblems(String text, String unNumber, String responseRaw,
                                            List<String> recommendingStates, List<String> themes) {
        Problems problems = new Problems();
        Fields fields = new Fields(problems, null);
        fields.bounded(text, "text", MAX_TEXT);
        fields.bounded(unNumber, "un_number", MAX_SHORT);
        fields.bounded(responseRaw, "response_raw", MAX_LABEL);
        fields.listed(recommendingStates, "recommending_states", MAX_LISTED);
        for (String theme : fields.listed(themes, "themes", MAX_LISTED)) {
            if (theme == null || theme.isBlank() || theme.length() > MAX_SHORT) {
                fields.problem(THEME_SIZE);
                break;
            }
        }
        return problems.list();
    }

    /**
     * Checks the claim's fields and copies them onto {@code target}; the citation is the caller's.
     * Empty, with {@code target} untouched, when the claim does not hold.
     */
    public Optional<UprRecommendation> fill(UprRecommendationClaim claim, UprRecommendation target, Fields fields) {
        Long reviewId = fields.required(claim.review(), "review");
        UprReview review = reviewId == null ? null : UprReview.<UprReview>findById(reviewId);
        if (reviewId != null && review == null) {
            fields.problem("review " + reviewId + " is not a UPR review (a state's reviews and their fact ids: "
                    + "GET /api/v1/states/{code}/upr-reviews)");
        } else if (review != null && review.owner() == Fact.Owner.dataset) {
            // An imported review's recommendations are its dataset's complete list; one added by hand
            // would be replaced by the next import's, or counted twice beside it.
            fields.problem("review " + reviewId + " comes from an imported dataset, which lists its recommendations: "
                    + "they are maintained there (re-import a corrected file)");
        }
        String text = fields.bounded(fields.required(claim.text(), "text"), "text", MAX_TEXT);
        String language = fields.required(claim.language(), "language");
        if (language != null && !Codes.isLanguage(language)) {
            fields.problem("'language' must be an ISO 639 code in lower case, e.g. 'fr' or 'en'");
        }
        String unNumber = fields.bounded(claim.unNumber(), "un_number", MAX_SHORT);
        if (claim.response() != null && UprResponse.named(claim.response()).isEmpty()) {
            fields.problem("'response' is '" + claim.response() + "'; expected one of " + UprResponse.listed() + " or null");
        }
        String responseRaw = fields.bounded(claim.responseRaw(), "response_raw", MAX_LABEL);
        Set<String> recommenders = new TreeSet<>();
        for (String name : fields.listed(claim.recommendingStates(), "recommending_states", MAX_LISTED)) {
            Party party = names.party(name, "recommending_states", fields, true);
            if (party != null) {
                recommenders.add(party.code);
            }
        }
        Set<String> themes = new TreeSet<>();
        for (String theme : fields.listed(claim.themes(), "themes", MAX_LISTED)) {
            if (theme == null || theme.isBlank() || theme.length() > MAX_SHORT) {
                fields.problem(THEME_SIZE);
            } else {
                themes.add(theme.strip());
            }
        }
        if (!fields.ok()) {
            return Optional.empty();
        }
        target.review = review;
        target.body = text;
        target.language = language;
        target.unNumber = unNumber;
        target.response = claim.response();
        target.responseRaw = responseRaw;
        // Changed in place: a new collection would be rewritten whole even when nothing in it changed.
        target.recommendingStates.retainAll(recommenders);
        target.recommendingStates.addAll(recommenders);
        target.themes.retainAll(themes);
        target.themes.addAll(themes);
        return Optional.of(target);
    }
}
