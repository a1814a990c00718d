package org.treatytracker.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects what is wrong with a claim or a set of seeds, so one run reports all of it rather than the first. */
public final class Problems {

    private final List<String> found = new ArrayList<>();

    public void add(String where, String what) {
        found.add(where == null ? what : where + ": " + what);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<String> list() {
        return List.copyOf(found);
    }

    /** Throws what {@code failure} makes of the problems, if there are any. */
    public void throwIfAny(Function<List<String>, ? extends RuntimeException> failure) {
        if (!found.isEmpty()) {
            throw failure.apply(list());
        }
    }
}
