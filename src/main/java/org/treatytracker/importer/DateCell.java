package org.treatytracker.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/**
 * Dates as exports give them, at the precision they give: a year ({@code 2015}), a year and month
 * ({@code 2015-02}) or a day ({@code 2015-02-26}, or {@code dd/mm/yyyy}, OHCHR's stated format, with
 * a four-digit year only: "1/24/83" could be either order and century, so it is refused); or a
 * pattern given in the mapping ({@code date_format: yyyy} reads years, {@code MM/yyyy} months).
 * Spreadsheet cells formatted as dates arrive here as ISO days (the spreadsheet reader converts
 * them); a bare number in a text cell is never taken for an Excel serial. Anything else is refused,
 * never guessed.
 */
final class DateCell {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final DateTimeFormatter custom;
    private final Precision customPrecision;

    DateCell(String pattern) {
        if (pattern == null) {
            this.custom = null;
            this.customPrecision = null;
            return;
        }
        try {
            this.custom = DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new UsageException("date_format '" + pattern + "' is not a java.time pattern: " + e.getMessage());
        }
        this.customPrecision = pattern.contains("d") ? Precision.day : pattern.contains("M") ? Precision.month
                : pattern.contains("y") || pattern.contains("u") ? Precision.year : null;
        if (customPrecision == null) {
            throw new UsageException("date_format '" + pattern + "' has no year (y)");
        }
    }

    PartialDate parse(String text) {
        try {
            if (custom != null) {
                return withPattern(text);
            }
            if (YEAR.matcher(text).matches() || YEAR_MONTH.matcher(text).matches() || DAY.matcher(text).matches()) {
                return PartialDate.parse(text);
            }
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return new PartialDate(LocalDate.parse(text, DAY_MONTH_YEAR), Precision.day);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date in a known form (yyyy, yyyy-mm, yyyy-mm-dd,"
                + " dd/mm/yyyy, or the mapping's date_format)");
    }

    private PartialDate withPattern(String text) {
        TemporalAccessor parsed = custom.parse(text);
        int year = parsed.get(ChronoField.YEAR);
        if (year < 1) {
            throw new IllegalArgumentException("'" + text + "' names a year before 1");
        }
        return switch (customPrecision) {
            case year -> new PartialDate(LocalDate.of(year, 1, 1), Precision.year);
            case month -> new PartialDate(YearMonth.of(year, parsed.get(ChronoField.MONTH_OF_YEAR)).atDay(1), Precision.month);
            case day -> new PartialDate(LocalDate.from(parsed), Precision.day);
        };
    }
}
