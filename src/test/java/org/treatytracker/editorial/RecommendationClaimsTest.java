package org.treatytracker.editorial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.editor;
import static org.treatytracker.editorial.Articles.editorOff;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.UprTestData;

/**
 * Individual UPR recommendations written through the API: added as a claim of kind
 * upr_recommendation to a review, cited to a passage of a stored article, corrected and retracted
 * with their own ETag, audited, and kept apart from imported ones.
 */
@QuarkusTest
class RecommendationClaimsTest {

    private static final String REPORT = "Genève – Lors de l'Examen périodique universel de la Norvège, "
            + "le Danemark et la Suède ont recommandé de « renforcer la protection des enfants contre la violence en ligne », "
            + "recommandation que la Norvège a acceptée. Le Danemark a aussi recommandé de « ratifier la Convention sur les "
            + "travailleurs migrants », dont la Norvège a pris note. 🇳🇴 Fin.";
    private static final String FIRST = "renforcer la protection des enfants contre la violence en ligne";

    @AfterEach
    void clear() {
        UprTestData.clear();
    }

    @Test
    void aRecommendationIsAddedToAReviewWithItsPassage() {
        String source = Articles.add(REPORT);
        long review = review(source);
        Response added = editor().contentType(ContentType.JSON)
                .body(recommendation(review, source, FIRST, "supported", List.of("Danemark", "SWE")))
                .post("/api/v1/claims");
        added.then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .header("Location", containsString("/api/v1/recommendations/"))
                .body("owner", equalTo("editor"))
                .body("state", equalTo("NOR"))
                .body("cycle", equalTo(3))
                .body("review_fact_id", equalTo((int) review))
                .body("recommending_states", contains("DNK", "SWE"))
                .body("themes", contains("Enfants"))
                .body("source.source_id", equalTo(source))
                .body("source.quote", equalTo(FIRST))
                .body("source.locator", nullValue());
        long id = added.jsonPath().getLong("id");
        int start = added.jsonPath().getInt("source.start");
        int end = added.jsonPath().getInt("source.end");
        String text = api().get("/api/v1/sources/" + source + "/text").then().extract().asString();
        assertEquals(FIRST, new String(text.codePoints().toArray(), start, end - start));

        api().get("/api/v1/recommendations/" + id).then().statusCode(200).header("ETag", "\"v0\"")
                .body("text", equalTo("Renforcer la protection des enfants contre la violence en ligne."));
        api().queryParam("review", review).get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        // One recommendation an article reports is not a review's total: it counts only by recommendation.
        api().queryParam("state", "NOR").queryParam("cycle", 3).get("/api/v1/upr/stats").then().statusCode(200)
                .body("total", equalTo(0));
        api().queryParam("state", "NOR").queryParam("recommending_state", "SWE").get("/api/v1/upr/stats").then()
                .statusCode(200)
                .body("items[0].basis", equalTo("counted"))
                .body("items[0].recommendations_total", equalTo(1))
                .body("items[0].supported", equalTo(1));
        String csv = api().queryParam("review", review).queryParam("format", "csv").get("/api/v1/recommendations")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("," + review + ",editor,0," + FIRST + "," + start + "," + end + ","), csv);
        editor().queryParam("target_kind", "recommendation").queryParam("target_id", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actor", equalTo("test-editor"))
                .body("items[0].action", equalTo("create"))
                .body("items[0].href", equalTo("/api/v1/recommendations/" + id))
                .body("items[0].before", nullValue())
                .body("items[0].after.source.quote", equalTo(FIRST));
    }

    @Test
    void aSeedReviewKeepsItsReportedTotalsBesideEditorsRecommendations() {
        long review = api().get("/api/v1/states/VNM/upr-reviews").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.cycle == 2 }.fact_id");
        editor().contentType(ContentType.JSON)
                .body(recommendation(review, "000_a06249cdaee31e0b", "l'acceptation de 182 des 227 recommandations",
                        "supported", List.of()))
                .post("/api/v1/claims").then().statusCode(201);
        api().queryParam("state", "VNM").queryParam("cycle", 2).get("/api/v1/upr/stats").then().statusCode(200)
                .body("items[0].basis", equalTo("reported"))
                .body("items[0].recommendations_total", equalTo(227))
                .body("items[0].supported", equalTo(182))
                .body("items[0].discrepancies", hasSize(0));
    }

    @Test
    void everyProblemOfARecommendationIsListed() {
        String source = Articles.add(REPORT);
        long notAReview = Articles.claim(source, "NOR", "ICMW", "ratifier la Convention sur les travailleurs migrants");
        Map<String, Object> claim = recommendation(notAReview, source, "pas dans le texte", "maybe", List.of("Atlantide"));
        claim.put("language", "French");
        editorOff().contentType(ContentType.JSON).body(claim).post("/api/v1/claims")
                .then().statusCode(422)
                .body("errors", hasSize(5))
                .body("errors", hasItem(containsString("is not a UPR review")))
                .body("errors", hasItem(containsString("quote not found")))
                .body("errors", hasItem(containsString("'response' is 'maybe'")))
                .body("errors", hasItem(containsString("'Atlantide' is not a known state")))
                .body("errors", hasItem(containsString("'language'")));

        Map<String, Object> twoCitations = recommendation(review(source), source, FIRST, null, List.of());
        twoCitations.put("citations", List.of(Map.of("source", source, "quote", FIRST),
                Map.of("source", source, "quote", "Fin")));
        editorOff().contentType(ContentType.JSON).body(twoCitations).post("/api/v1/claims")
                .then().statusCode(422).body("errors", hasItem(containsString("exactly one citation")));
        api().queryParam("state", "NOR").get("/api/v1/recommendations").then().body("total", equalTo(0));
    }

    @Test
    void correctionsNeedTheCurrentETagAndKeepThePassageUnlessTheCitationChanges() {
        String source = Articles.add(REPORT);
        long review = review(source);
        // "Danemark" occurs twice: the prefix picks the second.
        Map<String, Object> claim = recommendation(review, source, "Le Danemark", null, List.of("DNK"));
        claim.put("citations", List.of(Map.of("source", source, "quote", "Le Danemark", "prefix", "acceptée. ")));
        JsonPath added = editor().contentType(ContentType.JSON).body(claim).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath();
        long id = added.getLong("id");
        int start = added.getInt("source.start");

        patch(id, null, "{\"response\":\"noted\"}").then().statusCode(428).contentType("application/problem+json");
        patch(id, "\"v7\"", "{\"response\":\"noted\"}").then().statusCode(412).body("detail", containsString("\"v0\""));
        patch(id, "\"v0\"", "{\"response\":\"noted\",\"response_raw\":\"pris note\",\"themes\":[\"Migrants\"]}")
                .then().statusCode(200).header("ETag", "\"v1\"")
                .body("response", equalTo("noted"))
                .body("themes", contains("Migrants"))
                .body("source.start", equalTo(start));
        patch(id, "\"v0\"", "{\"response\":\"supported\"}").then().statusCode(412);
        patch(id, "\"v1\"", "{}").then().statusCode(200).header("ETag", "\"v1\"");
        patch(id, "\"v1\"", "{\"citations\":[{\"source\":\"" + source + "\",\"quote\":\"Le Danemark\",\"start\":" + start + "}]}")
                .then().statusCode(200).header("ETag", "\"v1\"").body("source.start", equalTo(start));
        api().header("If-None-Match", "\"v1\"").get("/api/v1/recommendations/" + id).then().statusCode(304);
        patch(id, "\"v1\"", "{\"citations\":[{\"source\":\"" + source + "\",\"quote\":\"ratifier la Convention sur les "
                + "travailleurs migrants\"}]}").then().statusCode(200).header("ETag", "\"v2\"")
                .body("source.quote", equalTo("ratifier la Convention sur les travailleurs migrants"));
        patch(id, "\"v2\"", "{\"citations\":[{\"source\":\"" + source + "\",\"quote\":\"absent\"}],\"review\":999999999}")
                .then().statusCode(422).body("errors", hasSize(2));
        editorOff().header("If-Match", "\"v2\"").contentType("application/merge-patch+json")
                .body("{\"kind\":\"upr_review\"}").patch("/api/v1/recommendations/" + id).then().statusCode(400);

        editor().queryParam("target_kind", "recommendation").queryParam("target_id", id).get("/api/v1/audit")
                .then().body("items.action", contains("update", "update", "create"))
                .body("items[0].before.source.quote", equalTo("Le Danemark"))
                .body("items[1].after.response", equalTo("noted"));
    }

    @Test
    void aRetractedRecommendationLeavesTheListsAndIsGone() {
        String source = Articles.add(REPORT);
        long review = review(source);
        long id = added(recommendation(review, source, FIRST, "supported", List.of("DNK")));

        editorOff().delete("/api/v1/recommendations/" + id).then().statusCode(428);
        editor().header("If-Match", "\"v0\"").queryParam("reason", "wrong review")
                .delete("/api/v1/recommendations/" + id).then().statusCode(204);
        api().get("/api/v1/recommendations/" + id).then().statusCode(410)
                .body("detail", containsString("wrong review"));
        patch(id, "\"v0\"", "{\"response\":\"noted\"}").then().statusCode(410);
        api().queryParam("review", review).get("/api/v1/recommendations").then().body("total", equalTo(0));
        editor().queryParam("target_kind", "recommendation").queryParam("target_id", id).get("/api/v1/audit")
                .then().body("items[0].action", equalTo("retract"))
                .body("items[0].reason", equalTo("wrong review"))
                .body("items[0].before.text", containsString("enfants"))
                .body("items[0].after", nullValue());
        api().get("/api/v1/recommendations/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("create", "retract"))
                .body("items.version", contains(0, 0))
                .body("items[0].state.source.quote", equalTo(FIRST))
                .body("items[1].state", nullValue())
                .body("items[1].reason", equalTo("wrong review"));
        api().queryParam("as_of", "2000-01-01").get("/api/v1/recommendations/" + id + "/history").then()
                .statusCode(200).body("items", hasSize(0));
        api().get("/api/v1/recommendations/999999999").then().statusCode(404);
        api().get("/api/v1/recommendations/999999999/history").then().statusCode(404);
    }

    @Test
    void aReviewHoldingEditorsRecommendationsIsNotRetractedUnderThem() {
        String source = Articles.add(REPORT);
        long review = review(source);
        long id = added(recommendation(review, source, FIRST, "supported", List.of("DNK")));

        editor().header("If-Match", Articles.etag(review)).delete("/api/v1/facts/" + review)
                .then().statusCode(409).body("detail", containsString("retract them first"));
        // The database refuses too, whoever deletes (a seed load, an import, an operator).
        String refused = refusedByDatabase("DELETE FROM facts WHERE id = " + review);
        assertTrue(refused.contains("recommendation(s) added by editors"), refused);

        editor().header("If-Match", "\"v0\"").delete("/api/v1/recommendations/" + id).then().statusCode(204);
        editor().header("If-Match", Articles.etag(review)).delete("/api/v1/facts/" + review).then().statusCode(204);
    }

    @Test
    void theDatabaseChecksARecommendationsQuoteAgainstTheText() {
        String source = Articles.add(REPORT);
        long review = review(source);
        // "Genève" is at [0, 6); [1, 7) holds other characters.
        String refused = refusedByDatabase("INSERT INTO upr_recommendations (review_fact_id, body, language,"
                + " source_id, quote, start_cp, end_cp, added_by, added_at)"
                + " VALUES (" + review + ", 'x', 'fr', '" + source + "', 'Genève', 1, 7, 'someone', now())");
        assertTrue(refused.contains("does not match"), refused);
    }

    @Test
    void importedRecommendationsAreMaintainedInTheirDataset() {
        long review = UprTestData.review("ISL", 3, null);
        long imported = UprTestData.recommendation(review, "Abolish something", "en", "supported", List.of("DNK"),
                List.of());
        api().get("/api/v1/recommendations/" + imported).then().statusCode(200)
                .header("ETag", "\"v0\"")
                .body("owner", equalTo("dataset"))
                .body("source.locator", equalTo("generated row"))
                .body("source.quote", nullValue());
        patch(imported, "\"v0\"", "{\"response\":\"noted\"}").then().statusCode(409)
                .body("detail", containsString("re-import"));
        editor().header("If-Match", "\"v0\"").delete("/api/v1/recommendations/" + imported).then().statusCode(409);
    }

    @Test
    void ofConcurrentEditorsOnOneRecommendationExactlyOneWins() throws Exception {
        String source = Articles.add(REPORT);
        long id = added(recommendation(review(source), source, FIRST, null, List.of("DNK")));
        int editors = 8;
        List<Integer> statuses = Race.statuses(editors,
                i -> patch(id, "\"v0\"", "{\"themes\":[\"Theme " + i + "\"]}").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        assertEquals(editors - 1, statuses.stream().filter(s -> s == 412).count(), "statuses: " + statuses);
        api().get("/api/v1/recommendations/" + id).then().header("ETag", "\"v1\"").body("themes", hasSize(1));
    }

    /** A review of Norway in cycle 3 (its totals not given), cited to the report. */
    private static long review(String source) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "upr_review", "state", "NOR", "cycle", 3,
                        "citations", List.of(Map.of("source", source, "quote", "l'Examen périodique universel de la Norvège"))))
                .post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Adds the recommendation claim; its id. */
    private static long added(Map<String, Object> claim) {
        return editor().contentType(ContentType.JSON).body(claim).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> recommendation(long review, String source, String quote, String response,
                                                      List<String> recommenders) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("kind", "upr_recommendation");
        claim.put("review", review);
        claim.put("text", "Renforcer la protection des enfants contre la violence en ligne.");
        claim.put("language", "fr");
        claim.put("response", response);
        claim.put("recommending_states", recommenders);
        claim.put("themes", List.of("Enfants"));
        claim.put("citations", List.of(Map.of("source", source, "quote", quote)));
        return claim;
    }

    private static Response patch(long id, String ifMatch, String body) {
        // Without If-Match the request breaks the contract on purpose.
        var request = (ifMatch == null ? editorOff() : editor()).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/recommendations/" + id);
    }

    /** The database's message refusing {@code sql}, run in a transaction of its own. */
    private static String refusedByDatabase(String sql) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Panache.getEntityManager().createNativeQuery(sql).executeUpdate()));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
