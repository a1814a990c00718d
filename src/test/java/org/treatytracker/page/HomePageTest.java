package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page: search by any name in either language, what the tracker holds, language choice and revalidation. */
@QuarkusTest
class HomePageTest {

    private static List<String> hits(String query) {
        Document page = Html.page("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return page.select("ul.hits a").eachAttr("href");
    }

    @Test
    void aStateIsFoundByItsUnNameItsCommonNameItsCodeAndWithoutCaseOrAccents() {
        for (String query : List.of("Viet Nam", "Vietnam", "viet nam", "VNM", "Viêt Nam")) {
            assertTrue(hits(query).contains("/states/VNM"), query + " finds Viet Nam: " + hits(query));
        }
        assertEquals("/states/FRA", hits("France").get(0), "a name equal to the query ranks first");
    }

    @Test
    void aTreatyIsFoundByItsFrenchNameAndByItsAbbreviation() {
        assertEquals("/treaties/ICCPR", hits("Pacte international relatif aux droits civils et politiques").get(0));
        assertEquals("/treaties/CAT", hits("CAT").get(0));
        assertTrue(hits("torture").containsAll(List.of("/treaties/CAT", "/treaties/OP-CAT")), hits("torture").toString());
    }

    @Test
    void aSearchThatFindsNothingOrIsTooShortSaysSoInWords() {
        Document none = Html.page("/?q=Atlantis");
        assertTrue(none.select("ul.hits").isEmpty());
        assertTrue(none.select("p.empty").text().contains("Atlantis"), none.select("main").text());
        Document tooShort = Html.page("/?q=a");
        assertTrue(tooShort.select("p.empty").text().contains("two letters"), tooShort.select("main").text());
    }

    @Test
    void theHoldingsCountWhatTheApiServes() {
        Document home = Html.page("/");
        int treaties = given().get("/api/v1/treaties").jsonPath().getList("items").size();
        Element counts = home.selectFirst("dl.counts");
        assertTrue(counts.select("div").stream().anyMatch(d -> d.text().equals("Treaties and other instruments " + treaties)), counts.text());
        assertEquals(treaties, home.select("#treaty-list ~ ul.columns li").size());
        assertFalse(home.select("a[href=/q/swagger-ui]").isEmpty(), "links to the API documentation");
    }

    @Test
    void theLanguageFollowsAcceptLanguageUnlessTheUrlChoosesIt() {
        Response french = given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").get("/");
        assertEquals("fr", french.header("Content-Language"));
        assertTrue(french.header("Vary").contains("Accept-Language"), french.header("Vary"));
        assertTrue(french.asString().contains("<html lang=\"fr\">"));
        assertTrue(french.asString().contains("Ce que contient le suivi"));

        Response chosen = given().header("Accept-Language", "fr").queryParam("lang", "en").get("/");
        assertTrue(chosen.asString().contains("<html lang=\"en\">"));
        Document page = Html.page("/?lang=fr");
        assertEquals("/?lang=en", page.selectFirst("a[hreflang=en]").attr("href"), "the switch leads to the same page in English");
        assertTrue(page.select("a[href^=/treaties/]").eachAttr("href").stream().allMatch(href -> href.endsWith("?lang=fr")),
                "links keep the language the URL chose");
        assertEquals("fr", page.selectFirst("form.search input[name=lang]").attr("value"));
        Response unknown = given().header("Accept-Language", "de-DE,de;q=0.9").get("/");
        assertEquals("en", unknown.header("Content-Language"), "a language the pages are not written in falls back to English");
    }

    @Test
    void aPageIsTaggedAndRevalidatedLikeTheApi() {
        Response first = given().get("/?q=Viet");
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "a strong ETag: " + etag);
        assertTrue(first.header("Data-Version") != null);
        assertEquals("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                first.header("Content-Security-Policy"), "pages run no script and load only their own stylesheet and icon");
        assertEquals(304, given().header("If-None-Match", etag).get("/?q=Viet").statusCode());
        assertEquals(200, given().header("If-None-Match", etag).get("/?q=Viet&lang=fr").statusCode(), "another language is another body");
    }
}
