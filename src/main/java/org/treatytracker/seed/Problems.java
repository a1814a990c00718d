package org.treatytracker.seed;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the seeds, so one run reports all of it rather than the first. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String where, String what) {
        found.add(where + ": " + what);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new SeedLoadException(found);
        }
    }
}
