package org.treatytracker.upr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.UprTestData;

@QuarkusTest
class RecommendationsTest {

    @AfterEach
    void clear() {
        UprTestData.clear();
    }

    @Test
    void fullTextSearchStemsInEachRecommendationsLanguage() {
        long review = UprTestData.review("FRA", 3, 29);
        long french = UprTestData.recommendation(review, "Renforcer la protection des enfants contre la torture", "fr",
                "supported", List.of("DEU", "BRA"), List.of("children"));
        long english = UprTestData.recommendation(review, "Ratify the Optional Protocol to the Convention against Torture",
                "en", "noted", List.of("USA"), List.of("torture"));
        UprTestData.recommendation(review, "Adopt a national plan on housing", "en", "supported", List.of("USA"), List.of());

        given().filter(Contract.FILTER).get("/api/v1/recommendations?q=enfant").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) french))
                .body("items[0].recommending_states", equalTo(List.of("BRA", "DEU")))
                .body("items[0].source.source_id", equalTo(UprTestData.SOURCE))
                .body("items[0].source.locator", equalTo("generated row"));
        given().filter(Contract.FILTER).get("/api/v1/recommendations?q=torture").then()
                .statusCode(200)
                .body("items.id", hasItems((int) french, (int) english))
                .body("total", equalTo(2));
        given().filter(Contract.FILTER).get("/api/v1/recommendations?q=protocols&response=noted&recommending_state=USA")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((int) english)));
        given().filter(Contract.FILTER).get("/api/v1/recommendations?state=FRA&per_page=2&page=2").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(3))
                .header("Link", containsString("rel=\"prev\""));
        given().get("/api/v1/recommendations?state=FRA&per_page=2&page=3").then().statusCode(400)
                .body("detail", containsString("past the last page"));
        given().get("/api/v1/recommendations?q=torture&per_page=1&page=2").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(2));
    }

    @Test
    void badFiltersAreProblems() {
        given().get("/api/v1/recommendations?state=ZZZ").then().statusCode(404).body("detail", containsString("ZZZ"));
        given().queryParam("q", "   ").get("/api/v1/recommendations").then().statusCode(400);
        given().get("/api/v1/recommendations?response=maybe").then().statusCode(400);
        given().get("/api/v1/recommendations?per_page=5000").then().statusCode(400);
    }

    @Test
    void aHundredThousandRowCsvIsStreamedWhole() throws Exception {
        UprTestData.many(UprTestData.review("FRA", 4, 43), 100_000);
        Response response = given().accept("text/csv").get("/api/v1/recommendations?state=FRA");
        assertEquals(200, response.statusCode());
        assertNull(response.header("Content-Length"), "a streamed body has no length known in advance");
        assertEquals("chunked", response.header("Transfer-Encoding"));
        int lines = 0;
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.asInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertTrue(header.startsWith("id,state,state_name,cycle,session,un_number,text,"), header);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                last = line;
            }
        }
        assertEquals(100_000, lines, "no row cap");
        assertTrue(last.contains(",row 100000,"), last);
    }
}
