package org.treatytracker.extract;

import java.util.List;
import java.util.Optional;

/** The UPR cycles (years and Working Group sessions), to tell which cycle a review belongs to. */
public record UprCalendar(List<Cycle> cycles) {

    /** A cycle; {@code lastYear} and {@code lastSession} are null while it runs. */
    public record Cycle(int number, int firstYear, Integer lastYear, Integer firstSession, Integer lastSession) {
    }

    /** The one cycle running that year; empty when none or two do (2022 ends one cycle and starts the next). */
    public Optional<Cycle> ofYear(int year) {
        List<Cycle> running = cycles.stream()
                .filter(c -> c.firstYear() <= year && (c.lastYear() == null || year <= c.lastYear()))
                .toList();
        return running.size() == 1 ? Optional.of(running.get(0)) : Optional.empty();
    }

    public Optional<Cycle> ofSession(int session) {
        return cycles.stream()
                .filter(c -> c.firstSession() != null && c.firstSession() <= session
                        && (c.lastSession() == null || session <= c.lastSession()))
                .findFirst();
    }

    public boolean exists(int number) {
        return cycles.stream().anyMatch(c -> c.number() == number);
    }
}
