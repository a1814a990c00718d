package org.treatytracker.ratification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;

/**
 * The matrix filtered by UN regional group and standing, and counted per group: every figure is
 * recounted here from the matrix's own cells and the states' groups as /states gives them.
 */
@QuarkusTest
class RatificationSummaryTest {

    @Test
    void theMatrixOfAGroupHoldsItsStatesOnly() {
        Set<String> eastern = given().queryParam("regional_group", "eastern_european").queryParam("per_page", 500)
                .get("/api/v1/states").then().statusCode(200).extract().jsonPath().getList("items.iso3", String.class)
                .stream().collect(Collectors.toSet());
        List<String> rows = given().filter(Contract.FILTER).queryParam("regional_group", "eastern_european")
                .queryParam("treaties", "CAT").get("/api/v1/ratifications/matrix").then().statusCode(200)
                .extract().jsonPath().getList("states", String.class);
        assertEquals(eastern, Set.copyOf(rows));
        List<String> observers = given().filter(Contract.FILTER).queryParam("un_status", "observer")
                .queryParam("treaties", "CAT").get("/api/v1/ratifications/matrix").then().statusCode(200)
                .extract().jsonPath().getList("states", String.class);
        assertEquals(List.of("PSE", "VAT"), observers);
    }

    @Test
    void eachGroupsCountsAreThoseOfItsCellsInTheMatrix() {
        Map<String, String> groupOf = new HashMap<>();
        JsonPath states = given().queryParam("un_status", "member").queryParam("per_page", 500).get("/api/v1/states")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = states.getList("items");
        items.forEach(state -> groupOf.put((String) state.get("iso3"), (String) state.get("regional_group")));
        JsonPath matrix = given().queryParam("un_status", "member").queryParam("treaties", "core")
                .get("/api/v1/ratifications/matrix").then().statusCode(200).extract().jsonPath();
        Map<List<String>, Map<String, Integer>> expected = new HashMap<>();
        List<Map<String, Object>> cells = matrix.getList("items");
        for (Map<String, Object> cell : cells) {
            List<String> key = java.util.Arrays.asList(groupOf.get((String) cell.get("state")), (String) cell.get("treaty"));
            expected.computeIfAbsent(key, k -> new HashMap<>()).merge((String) cell.get("status"), 1, Integer::sum);
        }
        JsonPath summary = given().filter(Contract.FILTER).queryParam("un_status", "member").queryParam("treaties", "core")
                .queryParam("group_by", "regional_group").get("/api/v1/ratifications/summary").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(groupOf.size(), summary.getInt("states_selected"));
        Map<List<String>, Map<String, Integer>> answered = new HashMap<>();
        List<Map<String, Object>> rows = summary.getList("items");
        for (Map<String, Object> row : rows) {
            Map<String, Integer> counts = new HashMap<>();
            for (String status : List.of("party", "signatory", "denounced", "no_action", "unknown")) {
                if ((Integer) row.get(status) > 0) {
                    counts.put(status, (Integer) row.get(status));
                }
            }
            answered.put(java.util.Arrays.asList((String) ((Map<?, ?>) row.get("group")).get("regional_group"),
                    (String) row.get("treaty")), counts);
            assertEquals(counts.values().stream().mapToInt(Integer::intValue).sum(), row.get("states"));
        }
        assertEquals(expected, answered);
        assertTrue(expected.keySet().stream().anyMatch(k -> "african".equals(k.get(0))));
    }

    @Test
    void eachRowsHrefGivesTheRowAgain() {
        List<Map<String, Object>> rows = given().queryParam("treaties", "CAT,CRC").queryParam("group_by", "regional_group")
                .get("/api/v1/ratifications/summary").then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(rows.size() >= 10, "five groups and the states outside them, two treaties: " + rows.size());
        for (Map<String, Object> row : rows) {
            if (((Map<?, ?>) row.get("group")).containsValue(null)) {
                continue;
            }
            List<Map<String, Object>> again = given().urlEncodingEnabled(false).get((String) row.get("href")).then()
                    .statusCode(200).extract().jsonPath().getList("items");
            assertEquals(List.of(row), again, (String) row.get("href"));
        }
    }

    @Test
    void aGroupingNotOfferedIsRefused() {
        given().queryParam("group_by", "region").get("/api/v1/ratifications/summary").then().statusCode(400)
                .body("detail", containsString("regional_group"));
    }
}
