package org.treatytracker.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.provenance.PartialDate;

/**
 * The dates a row's action can have: not before its treaty was adopted (as the catalog records it;
 * the earliest adoption date on record when sources differ) and not after the file's own date. A
 * year or month counts as possible while any day of it is: "1965" is not before 21 December 1965.
 */
final class DateBounds {

    private final Map<String, LocalDate> adoption;
    private final LocalDate fileDate;

    private DateBounds(Map<String, LocalDate> adoption, LocalDate fileDate) {
        this.adoption = adoption;
        this.fileDate = fileDate;
    }

    @SuppressWarnings("unchecked")
    static DateBounds load(EntityManager em, LocalDate fileDate) {
        Map<String, LocalDate> adoption = new HashMap<>();
        for (Tuple row : (List<Tuple>) em.createNativeQuery("""
                SELECT treaty_code, min(event_date) AS adopted_on FROM treaty_dates WHERE event = 'adopted' GROUP BY treaty_code""",
                Tuple.class).getResultList()) {
            adoption.put(row.get("treaty_code", String.class), row.get("adopted_on", LocalDate.class));
        }
        return new DateBounds(adoption, fileDate);
    }

    DateBounds asOf(LocalDate date) {
        return new DateBounds(adoption, date);
    }

    /** Why {@code date} cannot be the date of an action on {@code treaty}, if it cannot. */
    Optional<String> problem(String treaty, PartialDate date) {
        LocalDate adopted = adoption.get(treaty);
        if (adopted != null && date.lastDay().isBefore(adopted)) {
            return Optional.of(date.iso() + " is before " + treaty + " was adopted (" + adopted + ")");
        }
        if (fileDate != null && date.date().isAfter(fileDate)) {
            return Optional.of(date.iso() + " is after the file's own date (" + fileDate + ")");
        }
        return Optional.empty();
    }
}
