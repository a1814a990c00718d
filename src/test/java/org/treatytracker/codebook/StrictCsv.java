package org.treatytracker.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader, for tests of the exports: CRLF after every row, a quote only around a
 * whole cell, doubled inside it, nothing after a closing quote, no byte order mark unless asked for;
 * every row as many cells as the header. It keeps, for each cell, whether it was quoted.
 */
final class StrictCsv {

    record Cell(String text, boolean quoted) {
    }

    private StrictCsv() {
    }

    static List<List<Cell>> read(String text) {
        if (text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("a byte order mark, not asked for");
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            StringBuilder cell = new StringBuilder();
            boolean quoted = text.charAt(i) == '"';
            if (quoted) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("a quoted cell never closed, row " + (rows.size() + 1));
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '"') {
                        throw new IllegalArgumentException("a quote inside an unquoted cell, row " + (rows.size() + 1));
                    }
                    cell.append(text.charAt(i++));
                }
            }
            row.add(new Cell(cell.toString(), quoted));
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
                if (i == text.length()) {
                    throw new IllegalArgumentException("the text ends after a comma");
                }
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                rows.add(row);
                row = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("row " + (rows.size() + 1) + " cell " + row.size()
                        + ": neither a comma nor CRLF after it, at " + i);
            }
        }
        if (!row.isEmpty()) {
            throw new IllegalArgumentException("the last row has no CRLF");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no header row");
        }
        int width = rows.get(0).size();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != width) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells, the header " + width);
            }
        }
        return rows;
    }
}
