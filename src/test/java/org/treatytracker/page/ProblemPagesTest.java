package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A browser gets a failing page as a page; the API and clients that do not ask for HTML keep problem+json. */
@QuarkusTest
class ProblemPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserAtAPathWithNoPageGetsAPageInItsLanguage() {
        Response page = given().header("Accept", BROWSER).header("Accept-Language", "fr").get("/nowhere");
        assertEquals(404, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.asString().contains("<html lang=\"fr\">") && page.asString().contains("Page introuvable"), page.asString());
        assertTrue(page.header("Vary").contains("Accept-Language"), page.header("Vary"));
    }

    @Test
    void otherClientsAndTheApiKeepProblemJson() {
        Response plain = given().get("/nowhere");
        assertEquals(404, plain.statusCode());
        assertEquals("application/problem+json", plain.contentType());
        Response api = given().header("Accept", BROWSER).get("/api/v1/nowhere");
        assertEquals("application/problem+json", api.contentType());
    }
}
