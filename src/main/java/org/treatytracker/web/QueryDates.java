package org.treatytracker.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The dates a query gives, read by one rule each ({@link ParamConverters} reads every {@link LocalDate}
 * and {@link OffsetDateTime} parameter with them): a 400 naming the parameter for anything else.
 */
public final class QueryDates {

    /** A date or an RFC 3339 date-time with offset: the pattern openapi.yaml gives these parameters. */
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?");

    private QueryDates() {
    }

    /** A day, YYYY-MM-DD ({@code as_of} of a ratification status). */
    public static LocalDate day(String name, String text) {
        try {
            // LocalDate.parse also takes signed years of five digits or more ("+999999999-12-31").
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " '" + Codes.printable(text) + "' is not a date of the form YYYY-MM-DD.");
    }

    /**
     * An instant (2026-11-23T10:15:00Z, with any offset) or a date (its end, UTC), in years 1 to 9999
     * (what PostgreSQL's timestamps and ISO 8601 without extensions hold).
     */
    public static OffsetDateTime instant(String name, String text) {
        try {
            if (!INSTANT.matcher(text).matches()) {
                throw new DateTimeException("not of the form openapi.yaml gives");
            }
            OffsetDateTime instant = text.length() == 10
                    ? LocalDate.parse(text).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1000)
                    : OffsetDateTime.parse(text);
            if (instant.getYear() >= 1 && instant.getYear() <= 9999) {
                return instant;
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw ApiException.badRequest("'" + name + "' must be an ISO 8601 date-time with offset "
                + "(2026-11-23T10:15:00Z) or a date (2026-11-23), in years 1 to 9999.");
    }
}
