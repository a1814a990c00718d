package org.treatytracker.importer;

import java.util.List;

/**
 * One row of an imported table: its line in the file (1-based, as an editor shows it; for a
 * spreadsheet, the row number) and its cells, trimmed, with empty cells as empty strings.
 */
public record SourceRow(long line, List<String> cells) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
