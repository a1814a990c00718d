package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.UprTestData;

/** A state's page shows what the API answers for it, with every passage one click away. */
@QuarkusTest
class StatePageTest {

    @Test
    void everyTreatyRowShowsTheApisStatusAndLinksToEachPassageOfItsCountedActs() {
        Document page = Html.page("/states/VNM");
        List<Map<String, Object>> statuses = given().get("/api/v1/states/VNM/ratifications").jsonPath().getList("items");
        assertFalse(statuses.isEmpty());
        int passages = 0;
        for (Map<String, Object> status : statuses) {
            Element row = page.getElementById("treaty-" + status.get("treaty"));
            assertNotNull(row, "a row for " + status.get("treaty"));
            assertTrue(row.selectFirst(".status").hasClass("status-" + status.get("status")), row.outerHtml());
            List<Map<String, Object>> actions = (List<Map<String, Object>>) status.get("actions");
            for (Map<String, Object> action : actions) {
                if (!(Boolean) action.get("counted")) {
                    continue;
                }
                for (Map<String, Object> evidence : (List<Map<String, Object>>) action.get("provenance")) {
                    if (evidence.get("kind").equals("passage")) {
                        String href = "/sources/" + evidence.get("source_id") + "#c" + evidence.get("citation_id");
                        Element link = row.selectFirst("a[href=" + href + "]");
                        assertNotNull(link, status.get("treaty") + " links to " + href + ": " + row.outerHtml());
                        assertTrue(row.text().contains((String) evidence.get("quote")), "the quote is shown beside the link");
                        passages++;
                    }
                }
            }
        }
        assertTrue(passages > 0, "Viet Nam's seeded ratifications cite article passages");
    }

    @Test
    void theReviewsShowTheReportedTotalsAndAChartThatNeedsNoScript() {
        Document page = Html.page("/states/VNM");
        JsonPath reviews = given().get("/api/v1/states/VNM/upr-reviews").jsonPath();
        String table = page.select("#upr ~ div.table-wrap table").first().text();
        for (Map<String, Object> review : reviews.<Map<String, Object>>getList("items")) {
            if (review.get("recommendations_total") != null) {
                assertTrue(table.contains(review.get("recommendations_total") + " received, " + review.get("supported") + " supported"),
                        "cycle " + review.get("cycle") + " in " + table);
            }
        }
        Element chart = page.selectFirst("figure.chart svg[role=img]");
        assertNotNull(chart, "an inline SVG chart");
        assertTrue(chart.selectFirst("title").text().contains("Viet Nam"));
        assertEquals(reviews.<Map<String, Object>>getList("items").stream().filter(r -> r.get("supported") != null).count(),
                chart.select("text").stream().filter(t -> t.text().startsWith("Cycle")).count(), "one bar per review with figures");
    }

    @Test
    void theRecommendationsAreCountedByThemeAndByRecommendingStateAsTheStatisticsCountThem() {
        long review = UprTestData.review("FRA", 3, 29);
        try {
            UprTestData.recommendation(review, "Protect children from torture", "en", "supported", List.of("DEU", "BRA"),
                    List.of("children", "torture"));
            UprTestData.recommendation(review, "Ratify the Optional Protocol", "en", "noted", List.of("DEU"), List.of("torture"));
            Document page = Html.page("/states/FRA");
            for (String key : List.of("theme", "recommending_state")) {
                List<Map<String, Object>> rows = given().queryParam("state", "FRA").queryParam("group_by", key)
                        .get("/api/v1/upr/stats").jsonPath().getList("items");
                Element table = page.selectFirst("#by-" + key.replace('_', '-') + " + div.table-wrap table");
                assertNotNull(table, key);
                assertEquals(rows.size(), table.select("tbody tr").size(), key);
                for (Map<String, Object> row : rows) {
                    Object value = ((Map<String, Object>) row.get("group")).get(key);
                    Element link = table.selectFirst("a[href$==" + value + "]");
                    assertNotNull(link, key + " " + value + " links to its recommendations: " + table.outerHtml());
                    assertEquals(String.valueOf(row.get("recommendations_total")), link.parent().nextElementSibling().text());
                }
            }
        } finally {
            UprTestData.clear();
        }
    }

    @Test
    void asOfShowsTheStatusOnThatDayAndAWrongDateIsSaidInWords() {
        Document then = Html.page("/states/VNM?as_of=2010-01-01");
        List<Map<String, Object>> statuses = given().queryParam("as_of", "2010-01-01").get("/api/v1/states/VNM/ratifications")
                .jsonPath().getList("items");
        for (Map<String, Object> status : statuses) {
            assertTrue(then.getElementById("treaty-" + status.get("treaty")).selectFirst(".status").hasClass("status-" + status.get("status")));
        }
        assertEquals("2010-01-01", then.selectFirst("input#as_of").attr("value"));
        assertTrue(then.select("[role=status]").text().contains("1 January 2010"), then.select("[role=status]").text());

        Document wrong = Html.page("/states/VNM?as_of=yesterday");
        assertTrue(wrong.select("[role=status]").text().contains("“yesterday” is not a date"), wrong.select("main").text());
    }

    @Test
    void aStateWithNothingOnRecordSaysSoRatherThanShowingBlankCells() {
        Document page = Html.page("/states/ATA");
        assertTrue(page.select("#upr ~ p.empty").text().contains("No UPR review"), page.select("main").text());
        assertTrue(page.select("#hrc ~ p.empty").text().contains("No Human Rights Council term"));
        assertTrue(page.select("td .empty").stream().anyMatch(e -> e.text().equals("No source on record for this treaty.")));
    }

    @Test
    void anUnknownStateIsAPageNotFoundInTheReadersLanguage() {
        Document missing = Html.page("/states/XYZ?lang=fr", 404);
        assertEquals("fr", missing.selectFirst("html").attr("lang"));
        assertTrue(missing.select("main").text().contains("« XYZ »"), missing.select("main").text());
        Html.page("/states/not-a-code", 404);
    }

    @Test
    void inFrenchTheWordsAreFrenchAndTheNamesTheUns() {
        Document page = Html.page("/states/VNM?lang=fr");
        assertEquals("Viet Nam VNM", page.selectFirst("h1").text());
        assertTrue(page.select(".status").eachText().contains("Partie"), page.select(".status").eachText().toString());
        assertTrue(page.select("h2").eachText().contains("Examen périodique universel"));
    }
}
