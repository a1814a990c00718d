package org.treatytracker.importer;

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

    /** The column index of each mapped field; a field whose column is missing is a problem of the whole file. */
    Map<String, Integer> resolve(Map<String, String> mapping, String file, List<RowProblem> problems) {
        Map<String, Integer> resolved = new LinkedHashMap<>();
        mapping.forEach((field, column) -> find(column).ifPresentOrElse(
                index -> resolved.put(field, index),
                () -> problems.add(new RowProblem(file, 0,
                        "no column '" + column + "' (for " + field + ") in the header; its columns are " + names))));
        return resolved;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
