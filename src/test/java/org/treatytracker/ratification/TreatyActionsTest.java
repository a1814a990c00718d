package org.treatytracker.ratification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RatificationImporter;
import org.treatytracker.support.Contract;
import org.treatytracker.support.CsvRows;
import org.treatytracker.support.ImportedData;

/** The flat list of treaty actions: the same actions the statuses show, paged in JSON, one row each in CSV. */
@QuarkusTest
class TreatyActionsTest {

    private static final Mapping ACTIONS = new Mapping(null, null, null, null, null, null, null)
            .withColumns(List.of("party=Participant", "treaty=Treaty", "action=Action", "date=Date"));

    @Inject
    RatificationImporter importer;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void aStatesActionsAreThoseItsStatusesAreDerivedFrom() {
        JsonPath statuses = given().filter(Contract.FILTER).get("/api/v1/states/VNM/ratifications").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> fromStatuses = statuses.getList("items.actions.flatten().fact_id", Integer.class);
        List<Integer> counted = statuses.getList("items.actions.flatten().findAll { it.counted }.fact_id", Integer.class);
        JsonPath actions = given().filter(Contract.FILTER).get("/api/v1/treaty-actions?state=vnm").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(fromStatuses.size(), actions.getInt("total"));
        assertEquals(new TreeSet<>(fromStatuses), new TreeSet<>(actions.getList("items.fact_id", Integer.class)));
        assertEquals(new TreeSet<>(counted),
                new TreeSet<>(actions.getList("items.findAll { it.counted }.fact_id", Integer.class)));
        Map<String, Object> cat = actions.getMap("items.find { it.treaty == 'CAT' && it.owner == 'seed' }");
        assertEquals("2015", cat.get("date"));
        assertEquals("year", cat.get("date_precision"));
        assertEquals("ratification", cat.get("type"));
        assertTrue(((List<?>) cat.get("citation_ids")).size() >= 1, cat.toString());
    }

    @Test
    void itPagesInJsonAndIsWholeAndFlatInCsv() throws IOException {
        int before = given().get("/api/v1/treaty-actions?treaty=CAT").then().statusCode(200).extract().path("total");
        Path file = Files.writeString(dir.resolve("actions.csv"), "Participant,Treaty,Action,Date\nFrance,CAT,signature,1985-02-04\n"
                + "France,CAT,ratification,1986-02-18\nChile,CAT,ratification,1988\nDenmark,CAT,ratification,1987-05\n", StandardCharsets.UTF_8);
        ImportResult imported = importer.run(new ImportRequest("ratifications", file, ACTIONS, StandardCharsets.UTF_8, "actions-test"));
        assertEquals("imported", imported.status(), () -> imported.problems().toString());
        int total = given().get("/api/v1/treaty-actions?treaty=CAT").then().statusCode(200).extract().path("total");
        assertEquals(before + 4, total, "the four imported and those on record before");
        List<String> states = given().get("/api/v1/treaty-actions?treaty=CAT").then().extract().jsonPath().getList("items.state");
        assertEquals(states.stream().sorted().toList(), states, "by state");
        given().filter(Contract.FILTER).get("/api/v1/treaty-actions?treaty=CAT&per_page=2&page=2").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2))
                .body("page", equalTo(2));
        given().get("/api/v1/treaty-actions?state=FRA&treaty=cat").then().statusCode(200)
                .body("items.findAll { it.owner == 'dataset' }.type", equalTo(List.of("signature", "ratification")))
                .body("items.findAll { it.owner == 'dataset' }.date_precision", equalTo(List.of("day", "day")));
        String csv = given().get("/api/v1/treaty-actions?treaty=CAT&format=csv&per_page=2").then().statusCode(200)
                .extract().asString();
        List<List<String>> rows = CsvRows.of(csv);
        assertEquals(total + 1, rows.size(), "one row per action, whatever per_page says");
        List<String> header = rows.get(0);
        assertEquals(List.of("fact_id", "state", "state_name", "treaty", "treaty_name", "type", "date", "date_precision"),
                header.subList(0, 8));
        assertTrue(rows.stream().skip(1).noneMatch(row -> String.join(",", row).contains("{")), "no JSON in any cell");
        given().get("/api/v1/treaty-actions?state=VN").then().statusCode(400);
        given().get("/api/v1/treaty-actions?state=ZZZ").then().statusCode(200).body("total", equalTo(0));
    }
}
