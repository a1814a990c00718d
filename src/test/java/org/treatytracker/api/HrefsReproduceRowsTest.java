package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;
import org.treatytracker.support.UprTestData;

/**
 * Every {@code href} of every row of every list the contract offers, followed, gives that row again.
 * A statistics row's href is a query: its answer must hold the very same row (every member equal), and
 * only that row where the row's group has no null value. Any other row's href is the resource the row
 * shows: the answer (or, when it is a list, one of its items) must agree with the row on every member
 * both have, except the few named below whose name means another thing there.
 */
@QuarkusTest
@Tag("slow")
class HrefsReproduceRowsTest {

    private static final String SEED_ARTICLE = "000_a06249cdaee31e0b";
    /** Rows followed per list at most, spread over the list. */
    private static final int SAMPLE = 12;

    /** The queries tried on a list besides its defaults: groupings and filters whose rows' hrefs must hold. */
    private static final Map<String, List<String>> QUERIES = Map.of(
            "/api/v1/upr/stats", List.of("group_by=cycle", "group_by=state", "group_by=session", "group_by=state,cycle",
                    "group_by=recommending_state", "group_by=theme", "group_by=response", "group_by=recommending_state,theme",
                    "group_by=session,response", "recommending_state=CHL&group_by=recommending_state",
                    "theme=treaties&group_by=theme,state", "state=VNM&group_by=cycle", "session=3&group_by=state"),
            "/api/v1/ratifications/matrix", List.of("states=VNM,FRA&as_of=2010-01-01"),
            "/api/v1/states/{iso3}/ratifications", List.of("as_of=2010-01-01"),
            "/api/v1/coverage", List.of("state=VNM"));

    /**
     * Members a row and the resource its href names both have, with another meaning in each, by list:
     * the coverage's {@code as_of} is its record's date, the status's the day asked for; an audit
     * entry's {@code id} is the entry's, and its {@code href} names what was written, whose own
     * {@code href} names where it is shown; a source's claim lists its {@code provenance} in that source
     * only, and its {@code kind} is the fact's kind, a treaty's the treaty's.
     */
    private static final Map<String, Set<String>> OTHER_MEANING = Map.of(
            "/api/v1/coverage", Set.of("as_of"),
            "/api/v1/audit", Set.of("id", "href"),
            "/api/v1/sources/{id}/claims", Set.of("provenance", "kind"));

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode api;
    private String token;

    @BeforeEach
    void readTheContractAndAddRecommendations() throws IOException {
        api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        token = Editors.editor("hrefs");
        // Many-valued keys (two recommending states, two themes), a session and none, a response and none.
        long withSession = UprTestData.review("FRA", 3, 3);
        long without = UprTestData.review("CHL", 3, null);
        UprTestData.recommendation(withSession, "Ratify the Convention against Torture.", "en", "supported",
                List.of("CHL", "DNK"), List.of("treaties", "torture"));
        UprTestData.recommendation(withSession, "Abolish the death penalty.", "en", "noted", List.of("CHL"), List.of("death penalty"));
        UprTestData.recommendation(without, "Ratifier la Convention.", "fr", null, List.of("FRA"), List.of("treaties"));
    }

    @AfterEach
    void removeThem() {
        UprTestData.clear();
    }

    @Test
    void everyRowsHrefGivesTheRowAgain() throws IOException {
        List<String> wrong = new ArrayList<>();
        int followed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode schema = path.getValue().at("/get/responses/200/content/application~1json/schema/$ref");
            if (schema.isMissingNode() || !hasItems(schema.asText())) {
                continue;
            }
            List<String> queries = new ArrayList<>(List.of(""));
            queries.addAll(QUERIES.getOrDefault(path.getKey(), List.of()));
            for (String query : queries) {
                String list = concrete(path.getKey()) + (query.isEmpty() ? "" : "?" + query);
                // A list under an id the test data lacks (an import, a recommendation's history) has no rows to follow.
                JsonNode answer = read(list, wrong, true);
                if (answer == null) {
                    continue;
                }
                JsonNode items = answer.get("items");
                int step = Math.max(1, (items.size() + SAMPLE - 1) / SAMPLE);
                for (int i = 0; i < items.size(); i += step) {
                    JsonNode row = items.get(i);
                    if (row.path("href").isTextual()) {
                        followed++;
                        check(path.getKey(), list, row, wrong);
                    }
                }
            }
        }
        assertTrue(followed > 100, "hrefs followed: " + followed);
        assertEquals(List.of(), wrong);
    }

    private void check(String template, String list, JsonNode row, List<String> wrong) throws IOException {
        String href = row.get("href").asText();
        JsonNode target = read(href, wrong, false);
        if (target == null) {
            return;
        }
        if (template.equals("/api/v1/upr/stats")) {
            boolean nullGroup = false;
            for (JsonNode value : row.get("group")) {
                nullGroup |= value.isNull();
            }
            List<JsonNode> same = new ArrayList<>();
            target.get("items").forEach(item -> {
                if (item.equals(row)) {
                    same.add(item);
                }
            });
            if (same.size() != 1 || (!nullGroup && target.get("items").size() != 1)) {
                wrong.add(list + ": row " + row + " -> " + href + " gave " + target.get("items"));
            }
            return;
        }
        Set<String> skipped = OTHER_MEANING.getOrDefault(template, Set.of());
        boolean agrees = target.has("items") && !row.has("items")
                ? anyAgrees(row, target.get("items"), skipped) : agrees(row, target, skipped);
        if (!agrees) {
            wrong.add(list + ": row " + row + " -> " + href + " gave " + target);
        }
    }

    private static boolean anyAgrees(JsonNode row, JsonNode items, Set<String> skipped) {
        for (JsonNode item : items) {
            if (agrees(row, item, skipped)) {
                return true;
            }
        }
        return false;
    }

    /** Every member both have, but those skipped, holds the same value. */
    private static boolean agrees(JsonNode row, JsonNode target, Set<String> skipped) {
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!skipped.contains(name) && target.has(name) && !target.get(name).equals(row.get(name))) {
                return false;
            }
        }
        return true;
    }

    private JsonNode read(String pathAndQuery, List<String> wrong, boolean mayBeAbsent) throws IOException {
        Response answer = given().urlEncodingEnabled(false).filter(Contract.FILTER)
                .header("Authorization", "Bearer " + token).get(pathAndQuery);
        if (mayBeAbsent && answer.statusCode() == 404) {
            return null;
        }
        if (answer.statusCode() != 200) {
            wrong.add(pathAndQuery + " answered " + answer.statusCode() + " " + answer.body().asString());
            return null;
        }
        return json.readTree(answer.body().asString());
    }

    private boolean hasItems(String ref) {
        JsonNode schema = api.at(ref.substring(1));
        return schema.path("properties").has("items");
    }

    private static String concrete(String template) {
        return template.replace("{iso3}", "VNM").replace("{code}", "CAT")
                .replace("/sources/{id}", "/sources/" + SEED_ARTICLE).replace("{id}", "1");
    }
}
