package org.treatytracker.seed;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.Source;
import org.treatytracker.seed.SeedDocuments.CycleRecord;
import org.treatytracker.seed.SeedDocuments.SessionRecord;

/**
 * Writes the month each UPR Working Group session was held ({@code upr_sessions}), replacing what
 * the previous load wrote. Each session must lie in a cycle of the calendar, be given to the month
 * and cite a reference source of the seeds, like the cycles themselves.
 */
final class SessionWriter {

    private final Problems problems;

    SessionWriter(Problems problems) {
        this.problems = problems;
    }

    void write(List<SessionRecord> records, List<CycleRecord> cycles, Map<String, Source> sources) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("DELETE FROM upr_sessions").executeUpdate();
        Set<Integer> seen = new HashSet<>();
        for (SessionRecord record : records) {
            Fields fields = new Fields(problems, "reference/upr-cycles.yaml: session " + record.number());
            Integer number = fields.required(record.number(), "number");
            PartialDate heldIn = fields.date(record.heldIn(), "held_in", true);
            if (heldIn != null && heldIn.precision() != PartialDate.Precision.month) {
                fields.problem("'held_in' is a month, YYYY-MM");
            }
            if (number != null && !seen.add(number)) {
                fields.problem("session " + number + " is listed twice");
            }
            if (number != null && cycles.stream().noneMatch(c -> c.firstSession() != null && number >= c.firstSession()
                    && (c.lastSession() == null || number <= c.lastSession()))) {
                fields.problem("session " + number + " is in no cycle of the calendar");
            }
            SeedDocuments.Reference reference = fields.required(record.reference(), "reference");
            Source source = reference == null || reference.source() == null ? null : sources.get(reference.source());
            if (reference != null && (source == null || source.kind != Source.Kind.reference)) {
                fields.problem("reference source '" + reference.source() + "' is not a source of reference/sources.yaml");
            }
            if (reference != null && (reference.locator() == null || reference.locator().isBlank())) {
                fields.problem("the reference needs a locator saying where the page gives the session");
            }
            if (!fields.ok()) {
                continue;
            }
            em.createNativeQuery("INSERT INTO upr_sessions (number, held_in, source_id, locator) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, number).setParameter(2, heldIn.date()).setParameter(3, source.id)
                    .setParameter(4, reference.locator()).executeUpdate();
        }
    }
}
