package org.treatytracker.upr;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.IdFilter;

/**
 * Which recommendations a list is asked for, as a {@code @BeanParam}: the UPR filters, the full-text
 * search {@code q} and a review's id, checked as they arrive.
 */
public record RecommendationQuery(@BeanParam UprQuery filters, @QueryParam("q") String q,
                                  @QueryParam("review") IdFilter review) {

    private static final int MAX_QUERY = 500;

    public RecommendationQuery {
        if (q != null && (q.isBlank() || q.length() > MAX_QUERY)) {
            throw ApiException.badRequest("q must be 1 to " + MAX_QUERY + " characters.");
        }
    }

    /** The review's fact id; null for the recommendations of every review. */
    public Long reviewId() {
        return review == null ? null : review.value();
    }
}
