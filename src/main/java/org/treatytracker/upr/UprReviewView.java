package org.treatytracker.upr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A state's review in one cycle. Numbers the source reports are given as reported; numbers computed
 * from them are listed in {@code derived} with the formula used, so a reader can tell the two apart.
 */
public record UprReviewView(
        long factId,
        String state,
        int cycle,
        Integer session,
        String reviewedOn,
        String datePrecision,
        Integer adoptedAtHrcSession,
        Integer recommendationsTotal,
        Integer accepted,
        Integer noted,
        BigDecimal acceptanceRate,
        List<Derived> derived,
        List<ProvenanceView> provenance) {

    public record Derived(String field, String formula) {
    }

    public static UprReviewView of(UprReview review) {
        List<Derived> derived = new ArrayList<>();
        Integer total = review.recommendationsTotal;
        Integer accepted = review.accepted;
        Integer noted = review.noted;
        if (total != null && accepted != null && noted == null) {
            noted = total - accepted;
            derived.add(new Derived("noted", "recommendations_total - accepted"));
        } else if (total != null && noted != null && accepted == null) {
            accepted = total - noted;
            derived.add(new Derived("accepted", "recommendations_total - noted"));
        }
        BigDecimal rate = null;
        if (total != null && accepted != null && total > 0) {
            rate = BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
            derived.add(new Derived("acceptance_rate", "accepted / recommendations_total, 4 decimals"));
        }
        return new UprReviewView(
                review.id,
                review.state.code,
                review.cycle,
                review.session,
                PartialDate.iso(review.reviewedOn, review.precision),
                review.precision == null ? null : review.precision.name(),
                review.adoptedAtHrcSession,
                total,
                accepted,
                noted,
                rate,
                derived,
                review.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
