package org.treatytracker.provenance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.DbSnapshot;

/**
 * Walks every read endpoint for every state, treaty and source, and checks each piece of evidence
 * the API returns: a passage's quote is exactly the served text between its offsets (counted in
 * code points); a reference names a URL and a locator; every fact returned has evidence; and every
 * fact in the database is reachable through the API.
 */
@QuarkusTest
@Tag("slow")
class ProvenanceInvariantTest {

    private final Map<String, int[]> texts = new HashMap<>();
    private final Set<Long> factsSeen = new HashSet<>();
    private int passages;
    private int references;

    @Test
    void everyFactTheApiReturnsPointsToItsExactPassage() {
        List<Map<String, Object>> withProvenance = new ArrayList<>();
        withProvenance.addAll(items("/api/v1/treaties"));
        withProvenance.addAll(items("/api/v1/upr/cycles"));
        withProvenance.addAll(items("/api/v1/figures"));
        for (String iso3 : given().get("/api/v1/states").then().statusCode(200).extract().<List<String>>path("items.iso3")) {
            for (Map<String, Object> ratification : items("/api/v1/states/" + iso3 + "/ratifications")) {
                withProvenance.addAll(list(ratification.get("actions")));
            }
            withProvenance.addAll(items("/api/v1/states/" + iso3 + "/upr-reviews"));
            withProvenance.addAll(items("/api/v1/states/" + iso3 + "/hrc-memberships"));
        }
        for (String source : given().get("/api/v1/sources").then().statusCode(200).extract().<List<String>>path("items.id")) {
            withProvenance.addAll(items("/api/v1/sources/" + source + "/claims"));
        }

        for (Map<String, Object> fact : withProvenance) {
            List<Map<String, Object>> provenance = list(fact.get("provenance"));
            assertFalse(provenance.isEmpty(), "a fact without a source: " + fact);
            provenance.forEach(this::check);
        }
        assertTrue(passages >= 20, "passages checked: " + passages);
        assertTrue(references >= 19, "references checked: " + references);
        assertEquals(DbSnapshot.count("SELECT count(*) FROM facts"), factsSeen.size(),
                "every fact in the database is shown by the API");
    }

    private void check(Map<String, Object> entry) {
        factsSeen.add(((Number) entry.get("fact_id")).longValue());
        String sourceId = (String) entry.get("source_id");
        assertEquals("/api/v1/sources/" + sourceId, entry.get("href"));
        if ("passage".equals(entry.get("kind"))) {
            passages++;
            int[] text = texts.computeIfAbsent(sourceId, id ->
                    given().get("/api/v1/sources/" + id + "/text").then().statusCode(200).extract().asString()
                            .codePoints().toArray());
            int start = (Integer) entry.get("start");
            int end = (Integer) entry.get("end");
            assertTrue(0 <= start && start < end && end <= text.length, "offsets inside the text: " + entry);
            assertEquals(entry.get("quote"), new String(text, start, end - start), "text[start:end] == quote");
        } else {
            references++;
            assertEquals("reference", entry.get("kind"));
            assertNull(entry.get("quote"));
            assertNotNull(entry.get("url"), "a reference is cited by URL: " + entry);
            assertFalse(((String) entry.get("locator")).isBlank(), "a reference says where: " + entry);
        }
    }

    private static List<Map<String, Object>> items(String path) {
        return given().get(path).then().statusCode(200).extract().path("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
