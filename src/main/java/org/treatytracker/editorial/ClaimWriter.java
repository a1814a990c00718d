package org.treatytracker.editorial;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameChecks;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyDate;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.Fields;
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
 * Checks a claim's fields (names resolved, dates parsed, counts consistent) and copies them onto a
 * fact. The one place claims become facts: the seed loader and the write API both call it.
 */
public final class ClaimWriter {

    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_LABEL = 500;
    private static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(15);
    /** The Human Rights Council's first members took their seats in 2006. */
    private static final int FIRST_COUNCIL_YEAR = 2006;
    private static final int LAST_YEAR = 9999;

    private final NameChecks names;
    private final IntPredicate knownCycle;

    /** @param knownCycle whether a UPR cycle number exists (in the seeds being loaded, or in the database) */
    public ClaimWriter(PartyResolver parties, TreatyResolver treaties, IntPredicate knownCycle) {
        this.names = new NameChecks(parties, treaties);
        this.knownCycle = knownCycle;
    }

    /**
     * The fact the claim describes: {@code target} updated when it is of the claim's kind, else a new
     * fact; empty (with the problems in {@code fields}) when the claim does not hold, and then
     * {@code target} is left untouched (a managed entity must not be flushed half-filled).
     */
    public Optional<Fact> fill(Claim claim, Fact target, Fields fields) {
        Fact fact;
        if (claim instanceof TreatyActionClaim c) {
            fact = treatyAction(c, reuse(target, TreatyAction.class, TreatyAction::new), fields);
        } else if (claim instanceof TreatyDateClaim c) {
            fact = treatyDate(c, reuse(target, TreatyDate.class, TreatyDate::new), fields);
        } else if (claim instanceof UprReviewClaim c) {
            fact = uprReview(c, reuse(target, UprReview.class, UprReview::new), fields);
        } else if (claim instanceof ReportedFigureClaim c) {
            fact = reportedFigure(c, reuse(target, ReportedFigure.class, ReportedFigure::new), fields);
        } else if (claim instanceof HrcMembershipClaim c) {
            fact = hrcMembership(c, reuse(target, HrcMembership.class, HrcMembership::new), fields);
        } else {
            fields.problem("a upr_recommendation is not a fact of its own: it belongs to a review and is added "
                    + "through POST /api/v1/claims, not written in seed files");
            fact = null;
        }
        return Optional.ofNullable(fact);
    }

    private TreatyAction treatyAction(TreatyActionClaim claim, TreatyAction action, Fields fields) {
        Party party = names.party(claim.party(), "party", fields, false);
        Treaty treaty = names.treaty(claim.treaty(), "treaty", fields);
        TreatyAction.Type type = fields.enumValue(TreatyAction.Type.class, claim.action(), "action", null);
        PartialDate date = fields.date(claim.date(), "date", false);
        PartialDate.Basis basis = fields.basis(date, claim.dateBasis(), "date_basis");
        if (!fields.ok()) {
            return null;
        }
        action.party = party;
        action.treaty = treaty;
        action.action = type;
        action.dated = DatedValue.of(date, basis);
        return action;
    }

    private TreatyDate treatyDate(TreatyDateClaim claim, TreatyDate fact, Fields fields) {
        Treaty treaty = names.treaty(claim.treaty(), "treaty", fields);
        TreatyDate.Event event = fields.enumValue(TreatyDate.Event.class, claim.event(), "event", null);
        PartialDate date = fields.date(claim.date(), "date", true);
        PartialDate.Basis basis = fields.basis(date, claim.dateBasis(), "date_basis");
        if (!fields.ok()) {
            return null;
        }
        fact.treaty = treaty;
        fact.event = event;
        fact.dated = DatedValue.of(date, basis);
        return fact;
    }

    private UprReview uprReview(UprReviewClaim claim, UprReview review, Fields fields) {
        Party state = names.party(claim.state(), "state", fields, true);
        Integer cycle = fields.required(claim.cycle(), "cycle");
        if (cycle != null && !knownCycle.test(cycle)) {
            fields.problem("cycle " + cycle + " is not a known UPR cycle");
        }
        PartialDate reviewed = fields.date(claim.reviewedOn(), "reviewed_on", false);
        Integer total = claim.recommendationsTotal();
        for (Integer count : new Integer[] {total, claim.accepted(), claim.noted(), claim.session(),
                claim.adoptedAtHrcSession()}) {
            if (count != null && count < 0) {
                fields.problem("counts and session numbers cannot be negative");
            }
        }
        if (total != null && ((claim.accepted() != null && claim.accepted() > total)
                || (claim.noted() != null && claim.noted() > total))) {
            fields.problem("accepted and noted cannot exceed recommendations_total");
        }
        if (!fields.ok()) {
            return null;
        }
        review.state = state;
        review.cycle = cycle;
        review.session = claim.session();
        review.reviewed = DatedValue.of(reviewed, null);
        review.adoptedAtHrcSession = claim.adoptedAtHrcSession();
        review.recommendationsTotal = total;
        review.accepted = claim.accepted();
        review.noted = claim.noted();
        return review;
    }

    private ReportedFigure reportedFigure(ReportedFigureClaim claim, ReportedFigure figure, Fields fields) {
        String subject = fields.required(claim.subject(), "subject");
        Optional<Party> party = subject == null ? Optional.empty() : names.anyParty(subject);
        Optional<Treaty> treaty = subject == null || party.isPresent() ? Optional.empty() : names.anyTreaty(subject);
        if (subject != null && party.isEmpty() && treaty.isEmpty()) {
            fields.problem("subject '" + subject + "' is neither a known state or organisation nor a known treaty");
        }
        String metric = fields.required(claim.metric(), "metric");
        if (metric != null && !METRIC.matcher(metric).matches()) {
            fields.problem("metric must be snake_case, at most 64 characters");
        }
        String label = fields.bounded(fields.required(claim.labelEn(), "label_en"), "label_en", MAX_LABEL);
        fields.required(claim.value(), "value");
        for (BigDecimal number : new BigDecimal[] {claim.value(), claim.outOf()}) {
            if (number != null && !reasonable(number)) {
                fields.problem("value and out_of must be below 10^15 in size, with at most 6 decimals");
            }
        }
        ReportedFigure.Qualifier qualifier = fields.enumValue(ReportedFigure.Qualifier.class, claim.qualifier(),
                "qualifier", null);
        PartialDate asOf = fields.date(claim.asOf(), "as_of", true);
        PartialDate.Basis basis = fields.basis(asOf, claim.asOfBasis(), "as_of_basis");
        if (!fields.ok()) {
            return null;
        }
        figure.subjectKind = party.isPresent() ? ReportedFigure.SubjectKind.party : ReportedFigure.SubjectKind.treaty;
        figure.party = party.orElse(null);
        figure.treaty = treaty.orElse(null);
        figure.metric = metric;
        figure.label = label;
        figure.value = claim.value();
        figure.outOf = claim.outOf();
        figure.qualifier = qualifier;
        figure.asOf = DatedValue.of(asOf, basis);
        return figure;
    }

    private HrcMembership hrcMembership(HrcMembershipClaim claim, HrcMembership membership, Fields fields) {
        Party state = names.party(claim.state(), "state", fields, true);
        Integer start = fields.required(claim.termStart(), "term_start");
        Integer end = fields.required(claim.termEnd(), "term_end");
        HrcMembership.Status status = fields.enumValue(HrcMembership.Status.class, claim.status(), "status", null);
        councilYear(start, "term_start", fields);
        councilYear(end, "term_end", fields);
        if (start != null && end != null && end < start) {
            fields.problem("term_end is before term_start");
        }
        if (!fields.ok()) {
            return null;
        }
        membership.state = state;
        membership.termStart = start;
        membership.termEnd = end;
        membership.status = status;
        return membership;
    }

    private static void councilYear(Integer year, String field, Fields fields) {
        if (year != null && (year < FIRST_COUNCIL_YEAR || year > LAST_YEAR)) {
            fields.problem(field + " must be a year from " + FIRST_COUNCIL_YEAR + " (the Council's first term) to "
                    + LAST_YEAR);
        }
    }

    /** A count or share a text can report; far beyond it is a typo or an attack, and beyond PostgreSQL's numeric. */
    private static boolean reasonable(BigDecimal number) {
        return number.abs().compareTo(MAX_FIGURE) < 0 && number.stripTrailingZeros().scale() <= 6;
    }

    private static <F extends Fact> F reuse(Fact target, Class<F> type, Supplier<F> create) {
        return type.isInstance(target) ? type.cast(target) : create.get();
    }
}
