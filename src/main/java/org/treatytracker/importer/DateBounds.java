package org.treatytracker.importer;

import jakarta.persistence.EntityManager;
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
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                SELECT treaty_code, min(event_date) FROM treaty_dates WHERE event = 'adopted' GROUP BY treaty_code""")
                .getResultList()) {
            adoption.put((String) row[0], (LocalDate) row[1]);
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
