package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate;

class DateFinderTest {

    @Test
    void eachFormGivesItsOwnPrecision() {
        assertDate("Le traité a été signé le 5 mars 2012 à Genève.", "2012-03-05", Basis.stated);
        assertDate("Il a été ratifié en octobre 1997.", "1997-10", Basis.stated);
        assertDate("signed on 24 December 2024 in New York", "2024-12-24", Basis.stated);
        assertDate("signed on December 24, 2024 in New York", "2024-12-24", Basis.stated);
        assertDate("Nov 30, 2023: signed in New York", "2023-11-30", Basis.stated);
        assertDate("signed on 3 Sept. 2019", "2019-09-03", Basis.stated);
        assertDate("ratified in October 1997", "1997-10", Basis.stated);
        assertDate("Le 1er juillet 2003, la convention entrait en vigueur", "2003-07-01", Basis.stated);
        assertDate("le 12/03/2019 à Rabat", "2019-03-12", Basis.stated);
        assertDate("En 2006, le pays a adhéré", "2006", Basis.stated);
    }

    @Test
    void roughPartsOfAYearAreTheYearAndSaySo() {
        for (String words : List.of("Début 2015", "fin 2019", "mi-2015", "au début de 2015", "early 2015", "late 2019",
                "mid-2015", "à la fin de l'année 2015".replace("2015", "2019"))) {
            DateMention date = only(words + ", le pays a ratifié", null);
            assertEquals(PartialDate.Precision.year, date.date().precision(), words);
            assertEquals(Basis.stated, date.basis(), words);
            assertTrue(date.derivation().contains("the month is not given"), date.derivation());
        }
    }

    @Test
    void aMissingYearIsThePublicationYearOrTheOneBeforeForALaterMonth() {
        DateMention december = only("adoptée le 24 décembre par l'Assemblée", PartialDate.parse("2024-12"));
        assertEquals("2024-12-24", december.date().iso());
        assertEquals(Basis.inferred, december.basis());
        assertTrue(december.derivation().contains("2024-12"), december.derivation());

        DateMention lastYear = only("a adhéré le 24 décembre", PartialDate.parse("2020-02-14"));
        assertEquals("2019-12-24", lastYear.date().iso(), "published in February: last December");

        DateMention month = only("ratified it in June", PartialDate.parse("2021-09-01"));
        assertEquals("2021-06", month.date().iso());
        assertEquals(Basis.inferred, month.basis());

        DateMention unknown = only("le 24 décembre", null);
        assertNull(unknown.date(), "no year and no publication date: no date");
    }

    @Test
    void weekdaysAndRelativeYearsCountFromThePublicationDate() {
        DateMention saturday = only("Canberra signed the treaty on Saturday.", PartialDate.parse("2023-12-05"));
        assertEquals("2023-12-02", saturday.date().iso(), "the Saturday before Tuesday 5 December 2023");
        assertEquals(Basis.inferred, saturday.basis());
        assertNull(only("signed on Saturday", PartialDate.parse("2023-12")).date(), "a weekday needs a publication day");
        assertEquals("2025", only("sera signée l'année prochaine", PartialDate.parse("2024-12")).date().iso());
        assertEquals("2023", only("ratified last year", PartialDate.parse("2024-03-01")).date().iso());
    }

    @Test
    void termsOfYearsAndTheVerbMayAreNotDates() {
        assertEquals(List.of(), DateFinder.find("membre pour la période 2023-2025", 0, 32, null));
        assertEquals(List.of(), find("de 2026 à 2028, the country may ratify", null));
    }

    @Test
    void daysAndWeeksCountedFromThePublicationDate() {
        PartialDate published = new PartialDate(java.time.LocalDate.of(2031, 3, 2), PartialDate.Precision.day);
        for (String[] expected : new String[][] {{"Chile ratified it today.", "2031-03-02"},
                {"Le Chili l'a ratifié aujourd'hui.", "2031-03-02"}, {"Le Chili l'a ratifié hier.", "2031-03-01"},
                {"Chile signed it yesterday.", "2031-03-01"}, {"Chile acceded last week.", "2031-02"},
                {"Le Chili a adhéré la semaine dernière.", "2031-02"}}) {
            DateMention date = only(expected[0], published);
            assertEquals(expected[1], date.date().iso(), expected[0]);
            assertEquals(Basis.inferred, date.basis(), expected[0]);
        }
        assertNull(only("Chile ratified it today.", new PartialDate(java.time.LocalDate.of(2031, 1, 1),
                PartialDate.Precision.year)).date(), "a publication known to the year only dates no day");
    }

    private static void assertDate(String text, String iso, Basis basis) {
        DateMention date = only(text, null);
        assertEquals(iso, date.date().iso(), text);
        assertEquals(basis, date.basis(), text);
    }

    private static DateMention only(String text, PartialDate published) {
        List<DateMention> dates = find(text, published);
        assertEquals(1, dates.size(), text + ": " + dates);
        return dates.get(0);
    }

    private static List<DateMention> find(String text, PartialDate published) {
        return DateFinder.find(text, 0, text.length(), published);
    }
}
