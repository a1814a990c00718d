package org.treatytracker.web;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the shape of identifiers that arrive in paths and query strings (400 when malformed). */
public final class Codes {

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern TREATY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    private Codes() {
    }

    public static String iso3(String value) {
        if (value == null || !ISO3.matcher(value).matches()) {
            throw ApiException.badRequest("'" + printable(value) + "' is not an ISO 3166-1 alpha-3 code (three letters).");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    public static String treaty(String value) {
        if (value == null || !TREATY.matcher(value).matches()) {
            throw ApiException.badRequest("'" + printable(value) + "' is not a treaty code (letters, digits and '-', e.g. ICCPR-OP1).");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    public static String source(String value) {
        if (value == null || !SOURCE.matcher(value).matches()) {
            throw ApiException.badRequest("'" + printable(value) + "' is not a source id.");
        }
        return value;
    }

    /** Echoes user input back safely: bounded, control characters replaced. */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
