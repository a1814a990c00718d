package org.treatytracker.importer;

import java.util.List;

/** The shipped datasets cannot be loaded; every problem is listed, and nothing was written. */
public class DatasetLoadException extends RuntimeException {

    private final List<String> problems;

    public DatasetLoadException(List<String> problems) {
        super("The datasets were not loaded (nothing written):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
