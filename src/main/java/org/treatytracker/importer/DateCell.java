package org.treatytracker.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates as exports give them: ISO {@code yyyy-mm-dd}; {@code dd/mm/yyyy} (OHCHR's stated format,
 * four-digit year only: "1/24/83" could be either order and century, so it is refused); an Excel
 * serial number (what a spreadsheet saved without date formatting holds); or a pattern given in the
 * mapping. Anything else is refused, never guessed.
 */
final class DateCell {

    /** Day 60 of Excel's 1900 system is the non-existent 29 February 1900; later serials are offset by it. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("\\d{3,5}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final DateTimeFormatter custom;

    DateCell(String pattern) {
        try {
            this.custom = pattern == null ? null : DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new UsageException("date_format '" + pattern + "' is not a java.time pattern: " + e.getMessage());
        }
    }

    LocalDate parse(String text) {
        try {
            if (custom != null) {
                return LocalDate.parse(text, custom);
            }
            if (text.length() == 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text);
            }
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(text, DAY_MONTH_YEAR);
            }
            if (SERIAL.matcher(text).matches() && Integer.parseInt(text) > 60) {
                return EXCEL_EPOCH.plusDays(Integer.parseInt(text));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date in a known form (yyyy-mm-dd, dd/mm/yyyy,"
                + " an Excel serial number, or the mapping's date_format)");
    }
}
