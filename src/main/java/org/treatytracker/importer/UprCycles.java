package org.treatytracker.importer;

import jakarta.persistence.EntityManager;
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
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                SELECT number, extract(year FROM starts_on)::int, extract(year FROM ends_on)::int, first_session, last_session
                FROM upr_cycles ORDER BY number""").getResultList()) {
            calendar.cycles.add(new Cycle(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                    row[2] == null ? null : ((Number) row[2]).intValue(),
                    row[3] == null ? null : ((Number) row[3]).intValue(),
                    row[4] == null ? null : ((Number) row[4]).intValue()));
        }
        return calendar;
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
