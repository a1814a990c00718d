package org.treatytracker.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as people read them, at the precision known: "24 September 1982", "May 2009", "2015" (and in French). */
final class PageDates {

    private PageDates() {
    }

    /** An ISO 8601 date at any precision ("1982-09-24", "2009-05", "2015") in words; null stays null, anything else as given. */
    static String show(String iso, PageLanguage language) {
        if (iso == null) {
            return null;
        }
        try {
            return switch (iso.length()) {
                case 10 -> LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()));
                case 7 -> YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("MMMM uuuu", language.locale()));
                default -> iso;
            };
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }
}
