package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.treatytracker.editorial.Articles.editorOff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are read as the contract types them: no value is coerced into another type (a
 * fraction into a whole number, a number or boolean into a string, a string into a number), and a
 * year out of range is refused. Every body here breaks the contract on purpose.
 */
@QuarkusTest
class StrictBodiesTest {

    private static final String ARTICLE = "000_a06249cdaee31e0b";
    private static final String COUNCIL_ARTICLE = "001_8d40e04debd4609a";
    private static final String COUNCIL_QUOTE = "promouvoir des engagements en vue de se représenter au Conseil des "
            + "droits de l’homme des Nations Unies pour le mandat 2026-2028";

    @Test
    void aFractionIsNotAWholeNumber() {
        refused("{\"kind\":\"upr_review\",\"state\":\"VNM\",\"cycle\":2.5,\"citations\":[{\"source\":\"" + ARTICLE
                + "\",\"quote\":\"Le deuxième a été mené en février 2014\"}]}", "'cycle' must be a whole number");
    }

    @Test
    void aNumberIsNotAString() {
        editorOff().contentType(ContentType.JSON)
                .body("{\"title\":12345,\"language\":\"fr\",\"published_on\":\"2026-11\",\"text\":\"Un texte.\"}")
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'title' must be a string"));
    }

    @Test
    void aBooleanIsNotAString() {
        refused("{\"kind\":\"treaty_action\",\"party\":\"VNM\",\"treaty\":\"CAT\",\"action\":\"ratification\","
                + "\"date\":true,\"citations\":[{\"source\":\"" + ARTICLE + "\",\"quote\":\"x\"}]}", "'date' must be a string");
    }

    @Test
    void aStringIsNotANumber() {
        refused("{\"kind\":\"reported_figure\",\"subject\":\"VNM\",\"metric\":\"core_treaties_party\",\"label_en\":\"x\","
                + "\"value\":\"42\",\"qualifier\":\"exact\",\"citations\":[{\"source\":\"" + ARTICLE + "\",\"quote\":\"x\"}]}",
                "'value' must be a number");
    }

    @Test
    void aPatchIsReadAsStrictlyAsANewClaim() {
        long fact = Articles.claim(Articles.add("La Bolivie a ratifié la Convention."), "BOL", "CPED",
                "La Bolivie a ratifié la Convention");
        editorOff().contentType("application/merge-patch+json").header("If-Match", Articles.etag(fact))
                .body("{\"date\":2010}").patch("/api/v1/facts/" + fact).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'date' must be a string"));
    }

    @Test
    void aCouncilTermIsAYearOfTheCouncil() {
        editorOff().contentType(ContentType.JSON)
                .body("{\"kind\":\"hrc_membership\",\"state\":\"VNM\",\"term_start\":-1,\"term_end\":2028,"
                        + "\"status\":\"candidate\",\"citations\":[{\"source\":\"" + COUNCIL_ARTICLE + "\",\"quote\":\""
                        + COUNCIL_QUOTE + "\"}]}")
                .post("/api/v1/claims").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("term_start must be a year from 2006"));
    }

    private static void refused(String claim, String detail) {
        editorOff().contentType(ContentType.JSON).body(claim).post("/api/v1/claims").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(detail));
    }
}
