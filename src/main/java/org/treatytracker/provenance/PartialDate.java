package org.treatytracker.provenance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year ("mai 2009", "Début 2015"). Stored as the
 * first day of the period it names, with its precision beside it.
 */
public record PartialDate(LocalDate date, Precision precision) {

    /** Enum constants are the wire and database values. */
    public enum Precision { day, month, year }

    /** Whether the source states the date, or we inferred part of it (e.g. the year). */
    public enum Basis { stated, inferred }

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; the form gives the precision. */
    public static PartialDate parse(String text) {
        String value = text == null ? "" : text.trim();
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (value.startsWith("0000")) {
            throw new IllegalArgumentException("'" + text + "' names year 0, which the calendar does not have");
        }
        try {
            return switch (value.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(value), 1, 1), Precision.year);
                case 7 -> new PartialDate(LocalDate.parse(value + "-01"), Precision.month);
                default -> new PartialDate(LocalDate.parse(value), Precision.day);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date");
        }
    }

    /** Two dates agree when they are equal at the coarser of their two precisions. */
    public boolean agreesWith(PartialDate other) {
        Precision coarser = precision.ordinal() > other.precision.ordinal() ? precision : other.precision;
        return truncate(date, coarser).equals(truncate(other.date, coarser));
    }

    /** ISO 8601 at this precision: "2015", "2009-05" or "2014-02-05". */
    public String iso() {
        return switch (precision) {
            case day -> date.toString();
            case month -> date.toString().substring(0, 7);
            case year -> date.toString().substring(0, 4);
        };
    }

    public static String iso(LocalDate date, Precision precision) {
        return date == null ? null : new PartialDate(date, precision).iso();
    }

    /** The last day of the period this date names ("2015" ends on 2015-12-31). */
    public LocalDate lastDay() {
        return switch (precision) {
            case day -> date;
            case month -> date.withDayOfMonth(date.lengthOfMonth());
            case year -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    public boolean isMorePreciseThan(PartialDate other) {
        return precision.ordinal() < other.precision.ordinal();
    }

    private static LocalDate truncate(LocalDate date, Precision precision) {
        return switch (precision) {
            case day -> date;
            case month -> date.withDayOfMonth(1);
            case year -> date.withDayOfYear(1);
        };
    }
}
