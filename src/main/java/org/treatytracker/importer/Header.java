package org.treatytracker.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A table's header row: finds columns by name, ignoring case and surrounding spaces. */
final class Header {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names;

    Header(List<String> names) {
        this.names = names;
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(key(names.get(i)), i);
        }
    }

    Optional<Integer> find(String name) {
        return Optional.ofNullable(columns.get(key(name)));
    }

    /**
     * The column index of each mapped field. A mapping naming columns the file does not have is a
     * wrong command (exit 2), not bad rows: it throws, naming every missing column. {@code problems}
     * is kept for the callers' signature; nothing is added to it.
     */
    Map<String, Integer> resolve(Map<String, String> mapping, String file, List<RowProblem> problems) {
        Map<String, Integer> resolved = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        mapping.forEach((field, column) -> find(column).ifPresentOrElse(
                index -> resolved.put(field, index),
                () -> missing.add("'" + column + "' (for " + field + ")")));
        if (!missing.isEmpty()) {
            throw new UsageException(file + ": no column " + String.join(", no column ", missing)
                    + " in the header; its columns are " + names);
        }
        return resolved;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
