package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An article's page: its text exactly as stored, each cited passage marked and linked to its fact, and other sources beside. */
@QuarkusTest
class SourcePageTest {

    private static List<String> articles() {
        List<Map<String, Object>> sources = given().queryParam("per_page", 1000).get("/api/v1/sources").jsonPath().getList("items");
        return sources.stream().filter(s -> s.get("kind").equals("article")).map(s -> (String) s.get("id")).toList();
    }

    @Test
    void everyArticleShowsItsStoredTextExactlyWithEachCitedPassageMarkedAtItsOffsets() {
        List<String> ids = articles();
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            String stored = given().get("/api/v1/sources/{id}/text", id).asString();
            Document page = Html.page("/sources/" + id);
            Element text = page.selectFirst("div.source-text");
            assertNotNull(text, id);
            assertEquals(stored, text.wholeText(), "the page's text is the stored text, character for character: " + id);

            List<Map<String, Object>> claims = given().get("/api/v1/sources/{id}/claims", id).jsonPath().getList("items");
            for (Map<String, Object> claim : claims) {
                assertNotNull(page.getElementById("f" + claim.get("fact_id")), "the fact " + claim.get("fact_id") + " is listed");
                for (Map<String, Object> evidence : (List<Map<String, Object>>) claim.get("provenance")) {
                    if (evidence.get("quote") == null) {
                        continue;
                    }
                    Element anchor = page.getElementById("c" + evidence.get("citation_id"));
                    assertNotNull(anchor, "an anchor for citation " + evidence.get("citation_id"));
                    String marked = markedFrom(anchor, ((String) evidence.get("quote")).length());
                    assertEquals(evidence.get("quote"), marked, "the marks after the anchor hold the quote");
                    assertFalse(page.select("a[href=#c" + evidence.get("citation_id") + "]").isEmpty(), "the fact links to its passage");
                }
            }
        }
    }

    /** The text of the marked pieces that follow an anchor, up to {@code length} characters. */
    private static String markedFrom(Element anchor, int length) {
        StringBuilder text = new StringBuilder();
        for (Element next = anchor.nextElementSibling(); next != null && text.length() < length; next = next.nextElementSibling()) {
            if (next.tagName().equals("mark")) {
                text.append(next.text().isEmpty() ? "" : next.wholeText());
            }
        }
        return text.substring(0, Math.min(length, text.length()));
    }

    @Test
    void theTwoArticlesOnTheHanoiSigningAreShownSideBySide() {
        List<Map<String, Object>> figures = given().queryParam("subject", "UN-CYBERCRIME").get("/api/v1/figures").jsonPath().getList("items");
        Map<String, Object> seventy = figures.stream().filter(f -> f.get("metric").equals("signatory_states")).findFirst().orElseThrow();
        Map<String, Object> seventyTwo = figures.stream().filter(f -> f.get("metric").equals("countries_and_organisations_attending_signing"))
                .findFirst().orElseThrow();
        String here = (String) ((List<Map<String, Object>>) seventyTwo.get("provenance")).get(0).get("source_id");
        Document page = Html.page("/sources/" + here);
        Element sideBySide = page.selectFirst("div.side-by-side");
        assertNotNull(sideBySide, page.select("#others ~ *").text());
        assertEquals(2, sideBySide.children().size(), "a column for each of the two articles");
        assertTrue(sideBySide.child(0).text().contains("72"), "this source first");
        assertTrue(sideBySide.child(1).text().contains("about 70"), sideBySide.child(1).text());
        String quote = (String) ((List<Map<String, Object>>) seventy.get("provenance")).get(0).get("quote");
        assertTrue(sideBySide.child(1).text().contains(quote), "the other article's words");
    }

    @Test
    void anUnknownSourceIsAPageNotFound() {
        assertTrue(Html.page("/sources/no-such-source", 404).select("main").text().contains("no-such-source"));
    }
}
