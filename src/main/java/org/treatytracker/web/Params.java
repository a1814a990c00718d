package org.treatytracker.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;


/** Path and query values of the write API, checked: a bad one is a 400 naming it, never a 500. */
public final class Params {

    /** Reasons are notes for the audit log, not documents. */
    public static final int MAX_REASON = 1000;

    /** A date or an RFC 3339 date-time with offset: the pattern openapi.yaml gives these parameters. */
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?");

    private Params() {
    }

    /** A numeric resource id; anything else names no resource (404), as an unknown id does. */
    public static long id(String value) {
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id > 0) {
            return id;
        }
        throw ApiException.notFound("No resource at this path: '" + Codes.printable(value) + "' is not an id.");
    }

    /** A numeric id given as a query filter; absent is null, anything but a positive whole number a 400. */
    public static Long idFilter(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id > 0) {
            return id;
        }
        throw ApiException.badRequest("'" + name + "' must be an id (a positive whole number).");
    }

    /**
     * An instant (2026-11-23T10:15:00Z, with any offset) or a date (its end, UTC), in years 1 to 9999
     * (what PostgreSQL's timestamps and ISO 8601 without extensions hold); null when absent.
     */
    public static OffsetDateTime instant(String name, String value) {
        if (value == null) {
            return null;
        }
        String text = value;
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

    public static String reason(String value) {
        if (value != null && value.length() > MAX_REASON) {
            throw ApiException.badRequest("'reason' is longer than " + MAX_REASON + " characters.");
        }
        return value == null || value.isBlank() ? null : value;
    }
}
