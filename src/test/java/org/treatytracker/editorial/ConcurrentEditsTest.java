package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: a write names the version it read; no update is ever lost. */
@QuarkusTest
class ConcurrentEditsTest {

    @Test
    void aWriteWithoutIfMatchIs428AndAStaleOneIs412() {
        long fact = Articles.claim(Articles.add("Le Népal a ratifié la Convention en 2010."), "NPL", "CPED",
                "Le Népal a ratifié la Convention en 2010");
        String v0 = Articles.etag(fact);
        assertEquals("\"v0\"", v0);
        patch(fact, null, "{\"date\":\"2010\"}").then().statusCode(428).contentType("application/problem+json");
        patch(fact, "*", "{\"date\":\"2010\"}").then().statusCode(428);
        patch(fact, "\"v9\"", "{\"date\":\"2010\"}").then().statusCode(412).body("detail", containsString("\"v0\""));
        patch(fact, v0, "{\"date\":\"2010\"}").then().statusCode(200).header("ETag", "\"v1\"")
                .body("claim.date", equalTo("2010"));
        patch(fact, v0, "{\"date\":\"2011\"}").then().statusCode(412);
        api().header("If-None-Match", "\"v1\"").get("/api/v1/facts/" + fact).then().statusCode(304);
        api().get("/api/v1/facts/" + fact).then().body("claim.date", equalTo("2010"));
    }

    @Test
    void ofConcurrentEditorsOnOneFactExactlyOneWins() throws Exception {
        long fact = Articles.claim(Articles.add("Le Chili a ratifié la Convention."), "CHL", "CPED",
                "Le Chili a ratifié la Convention");
        String etag = Articles.etag(fact);
        int editors = 8;
        List<Integer> statuses = Race.statuses(editors,
                i -> patch(fact, etag, "{\"date\":\"20" + (10 + i) + "\"}").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        assertEquals(editors - 1, statuses.stream().filter(s -> s == 412).count(), "statuses: " + statuses);
        api().get("/api/v1/facts/" + fact).then().header("ETag", "\"v1\"");
        api().get("/api/v1/facts/" + fact + "/history").then().body("items.action", equalTo(List.of("create", "update")));
    }

    /**
     * Writes to one fact and to its citations, all naming the same version, released together, round
     * after round: one wins each round, the others get 412, never a 500 (they once deadlocked).
     */
    @Test
    void concurrentWritesAcrossAFactAndItsCitationsNeverDeadlock() throws Exception {
        for (int round = 0; round < 6; round++) {
            String article = Articles.add("Le Pérou a ratifié la Convention. Le Pérou a signé la Convention.");
            Number created = editor().contentType(ContentType.JSON)
                    .body(Map.of("kind", "treaty_action", "party", "PER", "treaty", "CPED", "action", "ratification",
                            "citations", List.of(Map.of("source", article, "quote", "Le Pérou a ratifié la Convention"),
                                    Map.of("source", article, "quote", "Le Pérou a signé la Convention"))))
                    .post("/api/v1/claims").then().statusCode(201).extract().path("id");
            long fact = created.longValue();
            List<Integer> citations = api().get("/api/v1/facts/" + fact).then().extract().path("provenance.citation_id");
            String etag = Articles.etag(fact);
            int writers = 12;
            List<Integer> statuses = Race.statuses(writers, i -> switch (i % 4) {
                case 0 -> patch(fact, etag, "{\"date\":\"20" + (10 + i) + "\"}").statusCode();
                case 1 -> editor().contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"derivation\":\"Writer " + i + "\"}").patch("/api/v1/citations/" + citations.get(1))
                        .statusCode();
                case 2 -> editor().contentType(ContentType.JSON).header("If-Match", etag)
                        .body(Map.of("source", article, "quote", "Le Pérou a signé"))
                        .post("/api/v1/facts/" + fact + "/citations").statusCode();
                default -> editor().header("If-Match", etag).queryParam("reason", "race")
                        .delete("/api/v1/citations/" + citations.get(1)).statusCode();
            });
            assertEquals(1, statuses.stream().filter(s -> s < 300).count(), "statuses: " + statuses);
            // Once the retraction wins, the retracted citation is gone (404) for those who address it.
            boolean retracted = statuses.get(3) < 300 || statuses.get(7) < 300 || statuses.get(11) < 300;
            for (int i = 0; i < writers; i++) {
                boolean gone = retracted && (i % 4 == 1 || i % 4 == 3) && statuses.get(i) == 404;
                assertTrue(statuses.get(i) < 300 || statuses.get(i) == 412 || gone, "statuses: " + statuses);
            }
            api().get("/api/v1/facts/" + fact).then().header("ETag", "\"v1\"");
        }
    }

    private static Response patch(long fact, String ifMatch, String body) {
        // Without If-Match the request breaks the contract on purpose.
        var request = (ifMatch == null ? Articles.editorOff() : editor())
                .contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/facts/" + fact);
    }
}
