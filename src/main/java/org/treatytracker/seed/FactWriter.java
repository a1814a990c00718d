package org.treatytracker.seed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyDate;
import org.treatytracker.catalog.TreatyEntry;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.editorial.ClaimWriter;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.seed.SeedDocuments.ClaimsFile;
import org.treatytracker.seed.SeedDocuments.CycleRecord;
import org.treatytracker.seed.SeedDocuments.TreatyRecord;
import org.treatytracker.upr.UprCycle;

/**
 * Writes facts with their citations. A fact keeps its id across loads as long as its claim id
 * (seed key) stays; each claim is checked whole (names resolved, quotes located) before anything
 * of it is written.
 */
final class FactWriter {

    private static final Pattern CLAIM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Problems problems;
    private final CitationBuilder citations;
    private final ClaimWriter claimWriter;
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
        this.claimWriter = new ClaimWriter(parties, treaties, cycles::contains);
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
            List<ClaimCitation> reference = asCitation(record.reference());
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
                                  List<ClaimCitation> reference, String where) {
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

    private void writeTreatyDate(String key, Treaty treaty, TreatyDate.Event event, PartialDate date,
                                 PartialDate.Basis basis, List<Citation> cited, String where) {
        TreatyDate fact = upsert(key, TreatyDate.class, TreatyDate::new);
        fact.treaty = treaty;
        fact.event = event;
        fact.dated = DatedValue.of(date, basis);
        save(fact, cited);
        treatyDates.add(new DatedEvent(treaty.code, event, date, where));
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
            cycle.starts = DatedValue.of(starts, null);
            cycle.ends = DatedValue.of(ends, null);
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
                Fact existing = Fact.findBySeedKey(claim.id()).orElse(null);
                keys.add(claim.id());
                claimWriter.fill(claim, existing, fields).ifPresent(fact -> {
                    replace(existing, fact);
                    fact.seedKey = claim.id();
                    save(fact, cited);
                    if (fact instanceof TreatyDate date) {
                        treatyDates.add(new DatedEvent(date.treaty.code, date.event, date.partialDate(), where));
                    }
                });
            }
        });
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
    private static List<ClaimCitation> asCitation(SeedDocuments.Reference reference) {
        return reference == null ? null
                : List.of(new ClaimCitation(null, null, null, null, reference.locator(), null, reference.source()));
    }

    private <F extends Fact> F upsert(String key, Class<F> type, Supplier<F> create) {
        keys.add(key);
        Fact existing = Fact.findBySeedKey(key).orElse(null);
        F fact = type.isInstance(existing) ? type.cast(existing) : create.get();
        replace(existing, fact);
        fact.seedKey = key;
        return fact;
    }

    /** A claim whose kind changed keeps its key but becomes a new fact. */
    private static void replace(Fact existing, Fact fact) {
        if (existing != null && existing != fact) {
            existing.delete();
            Fact.flush();
        }
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
