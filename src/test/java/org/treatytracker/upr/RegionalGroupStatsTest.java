package org.treatytracker.upr;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RecommendationImporter;
import org.treatytracker.support.Contract;
import org.treatytracker.support.CsvRows;
import org.treatytracker.support.ImportedData;

/**
 * Statistics and the recommendations list by UN regional group (of the state under review and of
 * the recommending states) and by UPR Info's action category, over UPR Info's real export of
 * sessions 1 to 5. Every expected figure is counted here from the file's own columns (To-Rgrp,
 * From-Rgrp, Action), which the tracker does not read: the groups it answers come from
 * seeds/reference/un-states.csv, so agreement checks one source against the other too.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalGroupStatsTest {

    private static final Path FILE = Path.of("src/test/resources/upr-info/1-5.csv");
    private static final Path MAPPING = Path.of("docs/mappings/upr-info.yaml");
    private static final String UNKNOWN = "&#40;Unknown&#41;";
    /** UPR Info's group labels as the tracker names the UN groups; its "Observer" is no group. */
    private static final Map<String, String> GROUPS = Map.of("Africa", "african", "Asia", "asia_pacific",
            "EEG", "eastern_european", "GRULAC", "latin_american_caribbean", "WEOG", "western_european_others");

    private record Row(String to, String toGroup, String text, String from, String fromGroup, String response,
                       String action, String session) {
        /** What makes rows one recommendation on import: the review, the text without its spacing, the response. */
        List<String> recommendation() {
            return List.of(to, session, text.replaceAll("\\s+", " ").strip(), response);
        }
    }

    @Inject
    RecommendationImporter importer;

    private List<Row> rows;

    @BeforeAll
    void importTheExport() throws IOException {
        Charset macRoman = Charset.forName("x-MacRoman");
        List<List<String>> table = CsvRows.of(new String(Files.readAllBytes(FILE), macRoman));
        rows = table.subList(1, table.size()).stream()
                .map(c -> new Row(c.get(0), c.get(1), c.get(3), c.get(4), c.get(5), c.get(7), c.get(8), c.get(10))).toList();
        ImportResult result = importer.run(new ImportRequest("upr-recommendations", FILE,
                Mapping.read(MAPPING), macRoman, null));
        assertEquals("imported", result.status());
    }

    @AfterAll
    void clear() {
        ImportedData.clear();
    }

    @Test
    void aRecommendationCountsOnceInEachGroupOfItsRecommendingStates() {
        List<Row> chile = rows.stream().filter(r -> r.to().equals("Chile")).toList();
        Map<String, Long> expected = countDistinct(chile.stream().filter(r -> !r.from().equals(UNKNOWN)).toList(),
                r -> GROUPS.getOrDefault(r.fromGroup(), "none"));
        JsonPath stats = given().filter(Contract.FILTER).queryParam("state", "CHL")
                .queryParam("group_by", "recommending_regional_group").get("/api/v1/upr/stats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("recommendation_per_recommending_regional_group", stats.getString("unit"));
        assertEquals(expected, answered(stats, "recommending_regional_group"));
        for (String group : GROUPS.values()) {
            given().filter(Contract.FILTER).queryParam("state", "CHL").queryParam("recommending_regional_group", group)
                    .queryParam("per_page", 1).get("/api/v1/recommendations").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(expected.getOrDefault(group, 0L).intValue()));
        }
    }

    @Test
    void theGroupOfTheStateUnderReviewAndTheActionCategoryGroupTogether() {
        List<Row> specific = rows.stream().filter(r -> r.action().equals("5")).toList();
        Map<String, Long> expected = countDistinct(specific, r -> GROUPS.get(r.toGroup()));
        JsonPath stats = given().filter(Contract.FILTER).queryParam("action_category", "5")
                .queryParam("group_by", "regional_group").get("/api/v1/upr/stats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(expected, answered(stats, "regional_group"));
        JsonPath byCategory = given().filter(Contract.FILTER).queryParam("regional_group", "eastern_european")
                .queryParam("group_by", "action_category").get("/api/v1/upr/stats")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("recommendation_per_action_category", byCategory.getString("unit"));
        Map<String, Long> perCategory = countDistinct(rows.stream().filter(r -> r.toGroup().equals("EEG")).toList(), Row::action);
        assertEquals(perCategory, answered(byCategory, "action_category"));
    }

    @Test
    void reviewsFilteredByGroupAreThoseOfItsStates() {
        Set<String> african = given().queryParam("regional_group", "african").queryParam("per_page", 500)
                .get("/api/v1/states").then().statusCode(200).extract().jsonPath().getList("items.iso3", String.class)
                .stream().collect(Collectors.toSet());
        JsonPath stats = given().filter(Contract.FILTER).queryParam("regional_group", "african").queryParam("group_by", "state")
                .get("/api/v1/upr/stats").then().statusCode(200).extract().jsonPath();
        List<String> covered = stats.getList("states_covered", String.class);
        assertTrue(covered.size() > 10, "African states reviewed in sessions 1-5: " + covered);
        assertTrue(african.containsAll(covered), covered.toString());
        long reviewedInFile = rows.stream().filter(r -> r.toGroup().equals("Africa")).map(Row::to).distinct().count();
        assertTrue(covered.size() >= reviewedInFile, covered.size() + " of " + reviewedInFile);
    }

    @Test
    void eachRowsHrefGivesTheRowAgain() {
        for (String grouping : List.of("regional_group", "recommending_regional_group", "action_category",
                "regional_group,action_category")) {
            JsonPath stats = given().queryParam("group_by", grouping).queryParam("cycle", 1).get("/api/v1/upr/stats")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = stats.getList("items");
            assertTrue(!items.isEmpty(), grouping);
            for (Map<String, Object> item : items) {
                if (((Map<?, ?>) item.get("group")).containsValue(null)) {
                    continue;
                }
                String href = (String) item.get("href");
                List<Map<String, Object>> again = given().urlEncodingEnabled(false).get(href).then().statusCode(200)
                        .extract().jsonPath().getList("items");
                assertEquals(List.of(item), again, href);
            }
        }
    }

    @Test
    void anUnknownGroupOrCategoryIsRefused() {
        given().queryParam("regional_group", "europe").get("/api/v1/upr/stats").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("western_european_others"));
        given().queryParam("action_category", "6").get("/api/v1/recommendations").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("1 to 5"));
        given().queryParam("group_by", "region").get("/api/v1/upr/stats").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("recommending_regional_group"));
    }

    /** Distinct recommendations per group of {@code key}, over the rows given. */
    private static Map<String, Long> countDistinct(List<Row> rows, Function<Row, String> key) {
        Map<String, Set<List<String>>> sets = new HashMap<>();
        for (Row row : rows) {
            sets.computeIfAbsent(key.apply(row), k -> new java.util.HashSet<>()).add(row.recommendation());
        }
        return sets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
    }

    private static Map<String, Long> answered(JsonPath stats, String key) {
        Map<String, Long> answered = new HashMap<>();
        List<Map<String, Object>> items = stats.getList("items");
        for (Map<String, Object> item : items) {
            Object value = ((Map<?, ?>) item.get("group")).get(key);
            answered.put(value == null ? "none" : value.toString(), ((Number) item.get("recommendations_total")).longValue());
        }
        return answered;
    }
}
