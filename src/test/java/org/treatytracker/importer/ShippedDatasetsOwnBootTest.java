package org.treatytracker.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.DbSnapshot;

/**
 * The service as the README's run command starts it: the datasets of datasets/ loaded at start,
 * after the seeds. Expected figures are read from the shipped files here, not written down.
 */
@QuarkusTest
@Tag("slow")
@TestProfile(ShippedDatasetsOwnBootTest.WithDatasets.class)
class ShippedDatasetsOwnBootTest {

    public static class WithDatasets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.datasets.load", "true");
        }
    }

    private static final Path UNTC = Path.of("datasets/untc-status");

    @Inject
    DatasetLoader loader;

    /** The data rows of every UN Treaty Collection status file shipped: one (state, treaty) pair each. */
    private static long untcRows() throws IOException {
        try (Stream<Path> files = Files.list(UNTC)) {
            return files.mapToLong(file -> {
                try {
                    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
        }
    }

    @Test
    void everyListedStateAndInstrumentHasACompleteAnswerCitedToItsRow() throws IOException {
        long rows = untcRows();
        assertEquals(18 * 193, rows, "18 status tables of the 193 UN member states");
        assertEquals(rows, DbSnapshot.count("SELECT count(*) FROM coverage WHERE dataset LIKE 'untc-status-%'"));
        JsonPath matrix = given().filter(Contract.FILTER)
                .get("/api/v1/ratifications/matrix").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> cells = matrix.getList("items");
        long complete = cells.stream().filter(c -> "complete".equals(c.get("basis"))).count();
        assertTrue(complete >= rows, "every listed pair is answered from a complete record: " + complete);
        assertTrue(cells.stream().noneMatch(c -> "no_action".equals(c.get("status")) && !"complete".equals(c.get("basis"))),
                "no_action only from a complete record");

        given().filter(Contract.FILTER).get("/api/v1/states/FRA/ratifications/CAT").then()
                .statusCode(200)
                .body("status", equalTo("party"))
                .body("basis", equalTo("complete"))
                .body("basis_as_of", equalTo("2022-08-25"))
                .body("actions[0].date", equalTo(yearOf("hr_status_cat.csv", "France")))
                .body("actions[0].date_precision", equalTo("year"))
                .body("actions[0].provenance[0].kind", equalTo("dataset_row"))
                .body("actions[0].provenance[0].locator", equalTo("row " + lineOf("hr_status_cat.csv", "France")));
    }

    @Test
    void vietNamsCrcStatusIsPartyAndTheArticlesSignatureStillShows() {
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/ratifications/CRC").then()
                .statusCode(200)
                .body("status", equalTo("party"))
                .body("basis", equalTo("complete"))
                .body("actions.type", hasItem("signature"))
                .body("actions.provenance.flatten().kind", hasItem("passage"));
    }

    @Test
    void vietNamsSevenOfNineAsOf2015IsCheckedAndConsistent() {
        JsonPath figures = given().filter(Contract.FILTER).queryParam("subject", "VNM").get("/api/v1/figures")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> core = figures.<Map<String, Object>>getList("items").stream()
                .filter(f -> "core_treaties_party".equals(f.get("metric"))).findFirst().orElseThrow();
        assertEquals(7, ((Number) core.get("value")).intValue());
        assertEquals(7, ((Number) core.get("computed_value")).intValue());
        assertEquals(Boolean.TRUE, core.get("consistent"));
    }

    @Test
    void yearsAnswerAsOfQuestionsAtTheirPrecision() {
        given().get("/api/v1/states/VNM/ratifications/CAT?as_of=2014-12-31").then()
                .body("status", equalTo("no_action")).body("basis", equalTo("complete"));
        given().get("/api/v1/states/VNM/ratifications/CAT?as_of=2015-12-31").then().body("status", equalTo("party"));
    }

    @Test
    void twoCompleteRecordsThatDisagreeBothShowAndTheNewerGoverns() {
        JsonPath tuvalu = given().filter(Contract.FILTER).get("/api/v1/states/TUV/ratifications/ICESCR")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("no_action", tuvalu.getString("status"));
        assertEquals("2025-10-10", tuvalu.getString("basis_as_of"));
        assertTrue(tuvalu.getBoolean("disagreement"));
        assertEquals(List.of("ohchr-status-ICESCR", "untc-status-ICESCR"), tuvalu.getList("coverage.dataset"));
        assertEquals(List.of("no_action", "party"), tuvalu.getList("coverage.status"));
        assertEquals(List.of(true, false), tuvalu.getList("coverage.governs"));
    }

    @Test
    void anUnchangedFolderIsANoOp() {
        DbSnapshot before = DbSnapshot.take();
        DatasetLoadResult again = loader.load(Path.of("datasets"));
        assertFalse(again.changed());
        assertEquals(before, DbSnapshot.take());
    }

    private static String line(String file, String member) {
        try {
            return Files.readAllLines(UNTC.resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.split(",")[1].equals(member)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(String file, String member) {
        try {
            return Files.readAllLines(UNTC.resolve(file), StandardCharsets.UTF_8).indexOf(line(file, member)) + 1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String yearOf(String file, String member) {
        return line(file, member).split(",")[3];
    }
}
