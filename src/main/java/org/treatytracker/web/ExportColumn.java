package org.treatytracker.web;

import java.util.List;

/**
 * One column of a CSV export, as the codebook describes it and a strict reader checks it.
 *
 * @param vocabulary the values the column takes (empty: any of its type)
 * @param empty      what an empty cell means; empty when the column is never empty
 * @param quoted     whether a non-empty cell is always quoted, so that a code is not taken for a number
 */
public record ExportColumn(String name, ColumnType type, List<String> vocabulary, String empty, String description,
                           boolean quoted) {

    public ExportColumn {
        vocabulary = List.copyOf(vocabulary);
    }

    public boolean mayBeEmpty() {
        return !empty.isEmpty();
    }

    /** The column {@code <date>_precision} beside a date column. */
    static ExportColumn precisionOf(String date, boolean dateMayBeEmpty) {
        return new ExportColumn(date + "_precision", ColumnType.string, PRECISIONS,
                dateMayBeEmpty ? "`" + date + "` is empty" : "", "How precise `" + date + "` is: `day` (YYYY-MM-DD), `month` (YYYY-MM) or `year` (YYYY).",
                false);
    }

    /** The words of a precision column, finest first. */
    public static final List<String> PRECISIONS = List.of("day", "month", "year");

    /** The precision an ISO date text has: day, month or year by its length; null for anything else. */
    public static String precisionOf(String isoDate) {
        return switch (isoDate.length()) {
            case 4 -> "year";
            case 7 -> "month";
            case 10 -> "day";
            default -> null;
        };
    }
}
