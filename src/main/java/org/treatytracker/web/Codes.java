package org.treatytracker.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms of the identifiers the API and its files use, in one place: what each may look like,
 * and the checks of those that arrive in paths and query strings (400 when malformed). The seed
 * loader, the importers and the request bodies' constraints use the same forms.
 */
public final class Codes {

    /** A treaty code as stored: capital letters, digits and '-', 2 to 32 characters (e.g. ICCPR-OP1). */
    public static final String TREATY_CODE = "[A-Z0-9][A-Z0-9-]{1,31}";
    /** A source id: letters, digits, '_', '.' and '-', at most 128 characters. */
    public static final String SOURCE_ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";
    /** The narrower form of a source id an editor chooses for a new source. */
    public static final String NEW_SOURCE_ID = "[a-z0-9][a-z0-9_-]{0,63}";
    /** An ISO 639 language code, lower case (fr, en). */
    public static final String LANGUAGE = "[a-z]{2,3}";

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern TREATY_STORED = Pattern.compile(TREATY_CODE);
    /** Paths and queries name a treaty in any case; ISO alpha-3 codes have this form too. */
    private static final Pattern TREATY_ANY_CASE = Pattern.compile(TREATY_CODE, Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile(SOURCE_ID);
    private static final Pattern LANGUAGE_CODE = Pattern.compile(LANGUAGE);

    private Codes() {
    }

    public static String iso3(String value) {
        if (value == null || !ISO3.matcher(value).matches()) {
            throw ApiException.badRequest("'" + printable(value) + "' is not an ISO 3166-1 alpha-3 code (three letters).");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    public static String treaty(String value) {
        if (!isCodeInAnyCase(value)) {
            throw ApiException.badRequest("'" + printable(value) + "' is not a treaty code (letters, digits and '-', e.g. ICCPR-OP1).");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    public static String source(String value) {
        if (!isSourceId(value)) {
            throw ApiException.badRequest("'" + printable(value) + "' is not a source id.");
        }
        return value;
    }

    /** Whether a value has the form of a treaty code (or an ISO alpha-3 code) in any case. */
    public static boolean isCodeInAnyCase(String value) {
        return value != null && TREATY_ANY_CASE.matcher(value).matches();
    }

    /** Whether a value is a treaty code in its stored, upper-case form. */
    public static boolean isStoredTreatyCode(String value) {
        return value != null && TREATY_STORED.matcher(value).matches();
    }

    public static boolean isSourceId(String value) {
        return value != null && SOURCE.matcher(value).matches();
    }

    public static boolean isLanguage(String value) {
        return value != null && LANGUAGE_CODE.matcher(value).matches();
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
