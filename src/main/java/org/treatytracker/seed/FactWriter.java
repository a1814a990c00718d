package org.treatytracker.seed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.treatytracker.council.HrcMembership;
import org.treatytracker.figure.ReportedFigure;
import org.treatytracker.party.Party;
import org.treatytracker.party.PartyResolver;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.TreatyAction;
import org.treatytracker.seed.SeedDocuments.Claim;
import org.treatytracker.seed.SeedDocuments.CitationRecord;
import org.treatytracker.seed.SeedDocuments.ClaimsFile;
import org.treatytracker.seed.SeedDocuments.CycleRecord;
import org.treatytracker.seed.SeedDocuments.HrcMembershipClaim;
import org.treatytracker.seed.SeedDocuments.ReportedFigureClaim;
import org.treatytracker.seed.SeedDocuments.TreatyActionClaim;
import org.treatytracker.seed.SeedDocuments.TreatyDateClaim;
import org.treatytracker.seed.SeedDocuments.TreatyRecord;
import org.treatytracker.seed.SeedDocuments.UprReviewClaim;
import org.treatytracker.treaty.Treaty;
import org.treatytracker.treaty.TreatyDate;
import org.treatytracker.treaty.TreatyEntry;
import org.treatytracker.treaty.TreatyResolver;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.upr.UprReview;

/**
 * Writes facts with their citations. A fact keeps its id across loads as long as its claim id
 * (seed key) stays; each claim is checked whole (names resolved, quotes located) before anything
 * of it is written.
 */
final class FactWriter {

    private static final Pattern CLAIM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");

    private final Problems problems;
    private final CitationBuilder citations;
    private final PartyResolver parties;
    private final TreatyResolver treaties;
    private final Set<String> keys = new HashSet<>();
    private final Set<Integer> cycles = new HashSet<>();
    private final List<DatedEvent> treatyDates = new ArrayList<>();
    private final OffsetDateTime now = OffsetDateTime.now();
    private int written;
    private int citationCount;

    private record DatedEvent(String treaty, TreatyDate.Event event, PartialDate date, String where) {
    }

    FactWriter(Problems problems, CitationBuilder citations, PartyResolver parties, TreatyResolver treaties) {
        this.problems = problems;
        this.citations = citations;
        this.parties = parties;
        this.treaties = treaties;
    }

    int factsWritten() {
        return written;
    }

    int citationsWritten() {
        return citationCount;
    }

    /** Each catalog entry, and each of its dates, is a fact citing the entry's reference. */
    void writeTreatyCatalog(List<TreatyRecord> records) {
        for (TreatyRecord record : records) {
            String where = "reference/treaties.yaml: treaty '" + record.code() + "'";
            Treaty treaty = record.code() == null ? null : Treaty.findById(record.code());
            if (treaty == null) {
                continue;
            }
            List<CitationRecord> reference = asCitation(record.reference());
            Fields fields = new Fields(problems, where);
            List<Citation> cited = citations.build(reference, null, fields);
            if (fields.ok()) {
                TreatyEntry entry = upsert("treaty:" + treaty.code, TreatyEntry.class, TreatyEntry::new);
                entry.treaty = treaty;
                save(entry, cited);
            }
            writeCatalogDate(treaty, TreatyDate.Event.adopted, record.adoptedOn(), "adopted_on", reference, where);
            writeCatalogDate(treaty, TreatyDate.Event.opened_for_signature, record.openedForSignatureOn(),
                    "opened_for_signature_on", reference, where);
            writeCatalogDate(treaty, TreatyDate.Event.entry_into_force, record.entryIntoForceOn(),
                    "entry_into_force_on", reference, where);
        }
    }

    private void writeCatalogDate(Treaty treaty, TreatyDate.Event event, String value, String field,
                                  List<CitationRecord> reference, String where) {
        if (value == null) {
            return;
        }
        Fields fields = new Fields(problems, where);
        PartialDate date = fields.date(value, field, true);
        List<Citation> cited = citations.build(reference, null, fields);
        if (fields.ok()) {
            writeTreatyDate("treaty:" + treaty.code + ":" + event.name(), treaty, event, date, PartialDate.Basis.stated,
                    cited, where);
        }
    }

    void writeCycles(List<CycleRecord> records) {
        for (CycleRecord record : records) {
            String where = "reference/upr-cycles.yaml: cycle " + record.number();
            Fields fields = new Fields(problems, where);
            Integer number = fields.required(record.number(), "number");
            PartialDate starts = fields.date(record.startsOn(), "starts_on", true);
            PartialDate ends = fields.date(record.endsOn(), "ends_on", false);
            List<Citation> cited = citations.build(asCitation(record.reference()), null, fields);
            if (number != null && !cycles.add(number)) {
                fields.problem("cycle " + number + " is listed twice");
            }
            if (!fields.ok()) {
                continue;
            }
            UprCycle cycle = upsert("upr-cycle:" + number, UprCycle.class, UprCycle::new);
            cycle.number = number;
            cycle.startsOn = starts.date();
            cycle.startsPrecision = starts.precision();
            cycle.endsOn = ends == null ? null : ends.date();
            cycle.endsPrecision = ends == null ? null : ends.precision();
            cycle.firstSession = record.firstSession();
            cycle.lastSession = record.lastSession();
            save(cycle, cited);
        }
    }

    void writeClaims(Map<String, ClaimsFile> files) {
        files.forEach((file, claims) -> {
            for (Claim claim : CatalogWriter.nonNull(claims.claims())) {
                String where = file + ": claim '" + claim.id() + "'";
                if (claim.id() == null || !CLAIM_ID.matcher(claim.id()).matches()) {
                    problems.add(where, "claim id must be lower-case letters, digits and '-'");
                    continue;
                }
                if (keys.contains(claim.id())) {
                    problems.add(where, "claim id is used twice");
                    continue;
                }
                Fields fields = new Fields(problems, where);
                List<Citation> cited = citations.build(claim.citations(), claims.source(), fields);
                if (claim instanceof TreatyActionClaim c) {
                    treatyAction(c, fields, cited);
                } else if (claim instanceof TreatyDateClaim c) {
                    treatyDate(c, fields, cited, where);
                } else if (claim instanceof UprReviewClaim c) {
                    uprReview(c, fields, cited);
                } else if (claim instanceof ReportedFigureClaim c) {
                    reportedFigure(c, fields, cited);
                } else if (claim instanceof HrcMembershipClaim c) {
                    hrcMembership(c, fields, cited);
                }
            }
        });
    }

    private void treatyAction(TreatyActionClaim claim, Fields fields, List<Citation> cited) {
        Party party = party(claim.party(), "party", fields, false);
        Treaty treaty = treaty(claim.treaty(), "treaty", fields);
        TreatyAction.Type type = fields.enumValue(TreatyAction.Type.class, claim.action(), "action", null);
        PartialDate date = fields.date(claim.date(), "date", false);
        PartialDate.Basis basis = fields.basis(date, claim.dateBasis(), "date_basis");
        if (!fields.ok()) {
            return;
        }
        TreatyAction action = upsert(claim.id(), TreatyAction.class, TreatyAction::new);
        action.party = party;
        action.treaty = treaty;
        action.action = type;
        action.date = date == null ? null : date.date();
        action.precision = date == null ? null : date.precision();
        action.basis = basis;
        save(action, cited);
    }

    private void treatyDate(TreatyDateClaim claim, Fields fields, List<Citation> cited, String where) {
        Treaty treaty = treaty(claim.treaty(), "treaty", fields);
        TreatyDate.Event event = fields.enumValue(TreatyDate.Event.class, claim.event(), "event", null);
        PartialDate date = fields.date(claim.date(), "date", true);
        PartialDate.Basis basis = fields.basis(date, claim.dateBasis(), "date_basis");
        if (fields.ok()) {
            writeTreatyDate(claim.id(), treaty, event, date, basis, cited, where);
        }
    }

    private void writeTreatyDate(String key, Treaty treaty, TreatyDate.Event event, PartialDate date,
                                 PartialDate.Basis basis, List<Citation> cited, String where) {
        TreatyDate fact = upsert(key, TreatyDate.class, TreatyDate::new);
        fact.treaty = treaty;
        fact.event = event;
        fact.date = date.date();
        fact.precision = date.precision();
        fact.basis = basis;
        save(fact, cited);
        treatyDates.add(new DatedEvent(treaty.code, event, date, where));
    }

    private void uprReview(UprReviewClaim claim, Fields fields, List<Citation> cited) {
        Party state = party(claim.state(), "state", fields, true);
        Integer cycle = fields.required(claim.cycle(), "cycle");
        if (cycle != null && !cycles.contains(cycle)) {
            fields.problem("cycle " + cycle + " is not in reference/upr-cycles.yaml");
        }
        PartialDate reviewed = fields.date(claim.reviewedOn(), "reviewed_on", false);
        Integer total = claim.recommendationsTotal();
        for (Integer count : new Integer[] {total, claim.accepted(), claim.noted()}) {
            if (count != null && count < 0) {
                fields.problem("counts cannot be negative");
            }
        }
        if (total != null && ((claim.accepted() != null && claim.accepted() > total)
                || (claim.noted() != null && claim.noted() > total))) {
            fields.problem("accepted and noted cannot exceed recommendations_total");
        }
        if (!fields.ok()) {
            return;
        }
        UprReview review = upsert(claim.id(), UprReview.class, UprReview::new);
        review.state = state;
        review.cycle = cycle;
        review.session = claim.session();
        review.reviewedOn = reviewed == null ? null : reviewed.date();
        review.precision = reviewed == null ? null : reviewed.precision();
        review.adoptedAtHrcSession = claim.adoptedAtHrcSession();
        review.recommendationsTotal = total;
        review.accepted = claim.accepted();
        review.noted = claim.noted();
        save(review, cited);
    }

    private void reportedFigure(ReportedFigureClaim claim, Fields fields, List<Citation> cited) {
        String subject = fields.required(claim.subject(), "subject");
        Optional<Party> party = subject == null ? Optional.empty() : parties.resolve(subject);
        Optional<Treaty> treaty = subject == null || party.isPresent() ? Optional.empty() : treaties.resolve(subject);
        if (subject != null && party.isEmpty() && treaty.isEmpty()) {
            fields.problem("subject '" + subject + "' is neither a known state or organisation nor a known treaty");
        }
        String metric = fields.required(claim.metric(), "metric");
        if (metric != null && !METRIC.matcher(metric).matches()) {
            fields.problem("metric must be snake_case");
        }
        fields.required(claim.labelEn(), "label_en");
        fields.required(claim.value(), "value");
        ReportedFigure.Qualifier qualifier = fields.enumValue(ReportedFigure.Qualifier.class, claim.qualifier(),
                "qualifier", null);
        PartialDate asOf = fields.date(claim.asOf(), "as_of", true);
        PartialDate.Basis basis = fields.basis(asOf, claim.asOfBasis(), "as_of_basis");
        if (!fields.ok()) {
            return;
        }
        ReportedFigure figure = upsert(claim.id(), ReportedFigure.class, ReportedFigure::new);
        figure.subjectKind = party.isPresent() ? ReportedFigure.SubjectKind.party : ReportedFigure.SubjectKind.treaty;
        figure.party = party.orElse(null);
        figure.treaty = treaty.orElse(null);
        figure.metric = metric;
        figure.label = claim.labelEn();
        figure.value = claim.value();
        figure.outOf = claim.outOf();
        figure.qualifier = qualifier;
        figure.asOf = asOf.date();
        figure.asOfPrecision = asOf.precision();
        figure.asOfBasis = basis;
        save(figure, cited);
    }

    private void hrcMembership(HrcMembershipClaim claim, Fields fields, List<Citation> cited) {
        Party state = party(claim.state(), "state", fields, true);
        Integer start = fields.required(claim.termStart(), "term_start");
        Integer end = fields.required(claim.termEnd(), "term_end");
        HrcMembership.Status status = fields.enumValue(HrcMembership.Status.class, claim.status(), "status", null);
        if (start != null && end != null && end < start) {
            fields.problem("term_end is before term_start");
        }
        if (!fields.ok()) {
            return;
        }
        HrcMembership membership = upsert(claim.id(), HrcMembership.class, HrcMembership::new);
        membership.state = state;
        membership.termStart = start;
        membership.termEnd = end;
        membership.status = status;
        save(membership, cited);
    }

    /** Claims about the same treaty event must agree (at the coarser of their precisions). */
    void checkTreatyDatesAgree() {
        for (int i = 0; i < treatyDates.size(); i++) {
            for (int j = i + 1; j < treatyDates.size(); j++) {
                DatedEvent a = treatyDates.get(i);
                DatedEvent b = treatyDates.get(j);
                if (a.treaty().equals(b.treaty()) && a.event() == b.event() && !a.date().agreesWith(b.date())) {
                    problems.add(b.where(), a.treaty() + " " + a.event() + " is " + b.date().iso() + " here but "
                            + a.date().iso() + " in " + a.where());
                }
            }
        }
    }

    /** Deletes the seed-owned facts whose claims are gone from the seeds. */
    void removeStale() {
        Fact.<Fact>list("seedKey is not null").stream()
                .filter(fact -> !keys.contains(fact.seedKey))
                .forEach(Fact::delete);
    }

    /** A catalog's {source, locator} reference, as the one citation of the facts it backs. */
    private static List<CitationRecord> asCitation(SeedDocuments.Reference reference) {
        return reference == null ? null
                : List.of(new CitationRecord(null, null, reference.locator(), null, reference.source()));
    }

    private Party party(String name, String field, Fields fields, boolean mustBeState) {
        if (fields.required(name, field) == null) {
            return null;
        }
        Optional<Party> party = parties.resolve(name);
        if (party.isEmpty()) {
            fields.problem(field + " '" + name + "' is not a known state or organisation");
            return null;
        }
        if (mustBeState && party.get().kind != Party.Kind.state) {
            fields.problem(field + " '" + name + "' is not a state");
        }
        return party.get();
    }

    private Treaty treaty(String name, String field, Fields fields) {
        if (fields.required(name, field) == null) {
            return null;
        }
        Optional<Treaty> treaty = treaties.resolve(name);
        if (treaty.isEmpty()) {
            fields.problem(field + " '" + name + "' is not a known treaty code, name or alias");
        }
        return treaty.orElse(null);
    }

    private <F extends Fact> F upsert(String key, Class<F> type, Supplier<F> create) {
        keys.add(key);
        Optional<Fact> existing = Fact.findBySeedKey(key);
        if (existing.isPresent() && type.isInstance(existing.get())) {
            return type.cast(existing.get());
        }
        existing.ifPresent(fact -> {
            fact.delete();
            Fact.flush();
        });
        F fact = create.get();
        fact.seedKey = key;
        return fact;
    }

    private void save(Fact fact, List<Citation> cited) {
        fact.updatedAt = now;
        fact.citations.clear();
        cited.forEach(fact::cite);
        fact.persist();
        written++;
        citationCount += cited.size();
    }
}
