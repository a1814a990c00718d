package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.UprTestData;

/** The recommendations page selects what the API selects with the same filters, pages it, and links the CSV of it. */
@QuarkusTest
class RecommendationsPageTest {

    @AfterEach
    void clear() {
        UprTestData.clear();
    }

    @Test
    void theFiltersAndTheSearchSelectWhatTheApiSelects() {
        long review = UprTestData.review("FRA", 3, 29);
        UprTestData.recommendation(review, "Renforcer la protection des enfants contre la torture", "fr", "supported",
                List.of("DEU", "BRA"), List.of("children"));
        UprTestData.recommendation(review, "Ratify the Optional Protocol to the Convention against Torture", "en", "noted",
                List.of("USA"), List.of("torture"));
        UprTestData.recommendation(review, "Adopt a national plan on housing", "en", "supported", List.of("USA"), List.of());

        Document torture = Html.page("/recommendations?q=torture");
        assertEquals(2, torture.select("tbody tr").size());
        Document noted = Html.page("/recommendations?state=FRA&response=noted&recommending_state=USA");
        assertEquals(List.of("Ratify the Optional Protocol to the Convention against Torture"),
                noted.select("tbody td[data-label=Recommendation]").eachText());
        assertEquals("FRA", noted.selectFirst("select#f-state option[selected]").attr("value"), "the form keeps the filters");
        Document lowerCase = Html.page("/recommendations?state=fra&recommending_state=usa");
        assertEquals("USA", lowerCase.selectFirst("select#f-rec option[selected]").attr("value"), "a code in any case is the one selected");

        String csv = noted.selectFirst("a[href^=/api/v1/recommendations?][href*=format=csv]").attr("href");
        Response rows = given().urlEncodingEnabled(false).get(csv);
        assertEquals(200, rows.statusCode());
        assertTrue(rows.contentType().startsWith("text/csv"), rows.contentType());
        assertEquals(2, rows.asString().strip().split("\n").length, "a header and the one recommendation selected: " + rows.asString());
    }

    @Test
    void pagesOfFiftyLinkToEachOtherKeepingTheFilters() {
        long review = UprTestData.review("FRA", 3, 29);
        UprTestData.many(review, 120);
        Document first = Html.page("/recommendations?state=FRA");
        assertEquals(50, first.select("tbody tr").size());
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals("/recommendations?state=FRA&page=2", next);
        Document last = Html.page("/recommendations?state=FRA&page=3");
        assertEquals(20, last.select("tbody tr").size());
        assertTrue(last.select("a[rel=next]").isEmpty());
        assertNotNull(last.selectFirst("a[rel=prev]"));
    }

    @Test
    void wrongFiltersAreSaidInWordsNeverAsAnError() {
        Document wrong = Html.page("/recommendations?cycle=first");
        assertTrue(wrong.select("[role=status]").text().contains("cycle"), wrong.select("main").text());
        Document unknown = Html.page("/recommendations?state=ZZZ&lang=fr");
        assertTrue(unknown.select("[role=status]").text().startsWith("Les filtres ne sélectionnent rien"), unknown.select("main").text());
        Document tooLong = Html.page("/recommendations?q=" + "x".repeat(501));
        assertTrue(tooLong.select("[role=status]").text().contains("500 characters"), tooLong.select("main").text());
        Document none = Html.page("/recommendations?q=nothingmatchesthis");
        assertTrue(none.select("[role=status]").text().contains("No recommendation matches"), none.select("main").text());
    }
}
