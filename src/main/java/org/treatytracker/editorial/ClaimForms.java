package org.treatytracker.editorial;

import java.util.Optional;
import org.treatytracker.catalog.TreatyDate;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.HrcMembershipClaim;
import org.treatytracker.claim.ReportedFigureClaim;
import org.treatytracker.claim.TreatyActionClaim;
import org.treatytracker.claim.TreatyDateClaim;
import org.treatytracker.claim.UprReviewClaim;
import org.treatytracker.council.HrcMembership;
import org.treatytracker.figure.ReportedFigure;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.TreatyAction;
import org.treatytracker.upr.UprReview;

/**
 * A fact written back as the claim that would create it (codes for names, ISO dates at their
 * precision), without citations: what the API shows and what a PATCH is merged into. Catalog facts
 * (treaty entries, UPR cycles) come from the seed files' reference lists and have no claim form.
 */
public final class ClaimForms {

    private ClaimForms() {
    }

    public static Optional<Claim> of(Fact fact) {
        if (fact instanceof TreatyAction a) {
            return Optional.of(new TreatyActionClaim(null, a.party.code, a.treaty.code, a.action.name(),
                    DatedValue.isoOf(a.dated), a.dated == null ? null : name(a.dated.basis()), null));
        }
        if (fact instanceof TreatyDate d) {
            return Optional.of(new TreatyDateClaim(null, d.treaty.code, d.event.name(),
                    d.dated.iso(), name(d.dated.basis()), null));
        }
        if (fact instanceof UprReview r) {
            return Optional.of(new UprReviewClaim(null, r.state.code, r.cycle, r.session,
                    DatedValue.isoOf(r.reviewed), r.adoptedAtHrcSession, r.recommendationsTotal,
                    r.accepted, r.noted, null));
        }
        if (fact instanceof ReportedFigure f) {
            return Optional.of(new ReportedFigureClaim(null, f.subjectCode(), f.metric, f.label, f.value, f.outOf,
                    f.qualifier.name(), f.asOf.iso(), name(f.asOf.basis()), null));
        }
        if (fact instanceof HrcMembership m) {
            return Optional.of(new HrcMembershipClaim(null, m.state.code, m.termStart, m.termEnd, m.status.name(),
                    null));
        }
        return Optional.empty();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
