package org.treatytracker.seed;

import java.util.List;

/** The seeds are not loadable; every problem found is listed, each naming its file and claim. */
public class SeedLoadException extends RuntimeException {

    private final List<String> problems;

    public SeedLoadException(List<String> problems) {
        super("Seed load failed, nothing was written. " + problems.size() + " problem(s):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
