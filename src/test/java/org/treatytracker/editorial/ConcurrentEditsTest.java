package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
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
