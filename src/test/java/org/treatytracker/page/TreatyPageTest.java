package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A treaty's page: its parties as the matrix counts them, sortable, each linking to the state's evidence. */
@QuarkusTest
class TreatyPageTest {

    private static List<Map<String, Object>> cells(String treaty) {
        return given().queryParam("treaties", treaty).get("/api/v1/ratifications/matrix").jsonPath().getList("items");
    }

    @Test
    void thePartiesAreTheMatrixsAndEachStateLinksToItsRowOfEvidence() {
        Document page = Html.page("/treaties/CAT");
        long parties = cells("CAT").stream().filter(c -> c.get("status").equals("party")).count();
        assertTrue(parties > 0);
        assertEquals(parties, page.select("#states ~ div.table-wrap tbody .status-party").size());
        assertTrue(page.select(".legend li").eachText().contains("Party " + parties), page.select(".legend").text());
        Element vietNam = page.selectFirst("tbody a[href=/states/VNM#treaty-CAT]");
        assertNotNull(vietNam, "Viet Nam links to its CAT row");
    }

    @Test
    void sortingByTheBindingActsDateOrdersTheRowsOldestFirst() {
        Map<String, String> bound = new java.util.HashMap<>();
        cells("CAT").forEach(c -> bound.put((String) c.get("state"), (String) c.get("bound_on")));
        Document page = Html.page("/treaties/CAT?sort=bound");
        List<String> shown = page.select("#states ~ div.table-wrap tbody tr span.code").eachText();
        List<String> dates = new ArrayList<>(shown.stream().map(bound::get).collect(Collectors.toList()));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        assertEquals(sorted, dates);
        assertEquals("ascending", page.selectFirst("th:has(a[href*=sort=bound])").attr("aria-sort"));
    }

    @Test
    void theDatesShowWithTheirEvidence() {
        Document page = Html.page("/treaties/CAT");
        Map<String, Object> treaty = given().get("/api/v1/treaties/CAT").jsonPath().getMap("");
        String facts = page.selectFirst("dl.facts").text();
        assertTrue(treaty.get("adopted_on") != null && facts.contains("Adopted 10 December 1984"), facts);
        assertTrue(page.select("dl.facts ul.evidence a").size() > 0);
        assertNotNull(page.selectFirst("figure.chart svg[role=img]"), "parties over time as an inline SVG");
    }

    @Test
    void anUnknownTreatyIsAPageNotFound() {
        Document missing = Html.page("/treaties/NOPE", 404);
        assertTrue(missing.select("main").text().contains("“NOPE”"));
    }
}
