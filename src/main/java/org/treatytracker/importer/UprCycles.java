package org.treatytracker.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The UPR calendar on record, to place a row by its cycle, its session or its year. */
final class UprCycles {

    private record Cycle(int number, int firstYear, Integer lastYear, Integer firstSession, Integer lastSession) {
    }

    private final List<Cycle> cycles = new ArrayList<>();

    @SuppressWarnings("unchecked")
    static UprCycles load(EntityManager em) {
        UprCycles calendar = new UprCycles();
        for (Tuple row : (List<Tuple>) em.createNativeQuery("""
                SELECT number, extract(year FROM starts_on)::int AS starts, extract(year FROM ends_on)::int AS ends,
                       first_session, last_session
                FROM upr_cycles ORDER BY number""", Tuple.class).getResultList()) {
            calendar.cycles.add(new Cycle(((Number) row.get("number")).intValue(), ((Number) row.get("starts")).intValue(),
                    integer(row.get("ends")), integer(row.get("first_session")), integer(row.get("last_session"))));
        }
        return calendar;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    boolean exists(int cycle) {
        return cycles.stream().anyMatch(c -> c.number() == cycle);
    }

    Optional<Integer> bySession(int session) {
        return cycles.stream()
                .filter(c -> c.firstSession() != null && session >= c.firstSession()
                        && (c.lastSession() == null || session <= c.lastSession()))
                .map(Cycle::number).findFirst();
    }

    /** The cycles whose years include {@code year}: one, or two for a year in which a cycle ended and the next began. */
    List<Integer> byYear(int year) {
        return cycles.stream()
                .filter(c -> year >= c.firstYear() && (c.lastYear() == null || year <= c.lastYear()))
                .map(Cycle::number).toList();
    }
}
