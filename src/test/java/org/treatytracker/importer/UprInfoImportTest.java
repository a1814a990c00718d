package org.treatytracker.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatytracker.support.Contract;
import org.treatytracker.support.CsvParser;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.ImportedData;

/**
 * The real UPR Info export of sessions 1 to 5 (src/test/resources/upr-info/), imported with the
 * mapping shipped for such exports. Every expected figure is computed here from the file with the
 * test's own CSV reader, never taken from the importer.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UprInfoImportTest {

    static final Path FILE = Path.of("src/test/resources/upr-info/1-5.csv");
    static final Path MAPPING = Path.of("docs/mappings/upr-info.yaml");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final String UNKNOWN = "&#40;Unknown&#41;";

    /** One data row, as the test reads it: columns To, Text, From, Response, Issue, Session. */
    private record Row(String to, String text, String from, String response, String themes, String session) {
        /** What makes two rows one recommendation: the review, the text without its spacing, the response. */
        List<String> recommendation() {
            return List.of(to, session, text.replaceAll("\\s+", " ").strip(), response);
        }
    }

    @Inject
    RecommendationImporter importer;

    private List<Row> rows;
    private ImportResult result;

    @BeforeAll
    void importTheExport() throws IOException {
        List<List<String>> table = CsvParser.parse(new String(Files.readAllBytes(FILE), MAC_ROMAN).replace("\r", "\r\n") + "\r\n");
        List<String> header = table.get(0);
        assertEquals(List.of("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
                "Session"), header);
        rows = table.subList(1, table.size()).stream()
                .map(c -> new Row(c.get(0), c.get(3), c.get(4), c.get(7), c.get(9), c.get(10))).toList();
        result = importer.run(new ImportRequest("upr-recommendations", FILE, Mapping.read(MAPPING), MAC_ROMAN, null));
    }

    @AfterAll
    void clear() {
        ImportedData.clear();
    }

    @Test
    void theTestReadsTheFileAsItsReadmeDescribesIt() {
        List<Row> vietNam = vietNam();
        assertEquals(6094, rows.size());
        assertEquals(172, vietNam.size());
        assertEquals(119, vietNam.stream().filter(r -> r.response().equals("Accepted")).count());
        assertEquals(53, vietNam.stream().filter(r -> r.response().equals("Noted")).count());
        assertEquals(165, vietNam.stream().map(Row::text).distinct().count(), "distinct texts as written");
    }

    @Test
    void everyRowIsReadAndRowsOfOneRecommendationAreMerged() {
        assertEquals("imported", result.status(), () -> result.problems().stream().map(RowProblem::message).distinct().toList().toString());
        long recommendations = rows.stream().map(Row::recommendation).distinct().count();
        long unknown = rows.stream().filter(r -> r.from().equals(UNKNOWN)).count();
        assertTrue(unknown > 0, "the file names unknown recommending states");
        assertEquals(rows.size(), result.rows());
        assertEquals(recommendations, result.added());
        assertEquals(rows.size() - recommendations, result.merging().mergedRows());
        assertEquals(0, result.merging().keptApartByResponse(), "no text of one review has two responses in this file");
        assertEquals(unknown, result.merging().rowsWithUnknownRecommendingState());
        assertEquals(recommendations, DbSnapshot.count("SELECT count(*) FROM upr_recommendations WHERE source_id = '"
                + result.source() + "'"));
    }

    @Test
    void recommendingStatesAndThemesAreUnitedAndUnknownOnesLeftOut() {
        long recommenders = rows.stream().filter(r -> !r.from().equals(UNKNOWN))
                .map(r -> List.of(r.recommendation(), r.from())).distinct().count();
        long themes = rows.stream()
                .flatMap(r -> java.util.Arrays.stream(r.themes().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .map(t -> List.of(r.recommendation(), t)))
                .distinct().count();
        String ofThisFile = " JOIN upr_recommendations r ON r.id = x.recommendation_id WHERE r.source_id = '" + result.source() + "'";
        assertEquals(recommenders, DbSnapshot.count("SELECT count(*) FROM upr_recommending_states x" + ofThisFile));
        assertEquals(themes, DbSnapshot.count("SELECT count(*) FROM upr_recommendation_themes x" + ofThisFile));
    }

    @Test
    void vietNamsFirstReviewIsCountedAfterMerging() {
        List<Row> vietNam = vietNam();
        Set<List<String>> distinct = vietNam.stream().map(Row::recommendation).collect(Collectors.toSet());
        long supported = distinct.stream().filter(r -> r.get(3).equals("Accepted")).count();
        long noted = distinct.stream().filter(r -> r.get(3).equals("Noted")).count();
        given().filter(Contract.FILTER).queryParam("state", "VNM").queryParam("cycle", 1).queryParam("per_page", 1)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo(distinct.size()));
        given().filter(Contract.FILTER).queryParam("state", "VNM").queryParam("cycle", 1).queryParam("response", "noted")
                .queryParam("per_page", 1).get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo((int) noted));
        given().filter(Contract.FILTER).queryParam("state", "VNM").queryParam("cycle", 1).queryParam("response", "supported")
                .queryParam("per_page", 1).get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo((int) supported));
    }

    @Test
    void aMergedRecommendationCitesEachOfItsRows() {
        // "Accede to CAT in a timely manner." is made by two states in two rows of Viet Nam's review.
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).to().equals("Viet Nam") && rows.get(i).text().equals("Accede to CAT in a timely manner.")) {
                lines.add(i + 2);
            }
        }
        assertEquals(2, lines.size());
        String found = "items.findAll { it.text == 'Accede to CAT in a timely manner.' }";
        given().filter(Contract.FILTER).queryParam("state", "VNM").queryParam("q", "accede CAT timely")
                .get("/api/v1/recommendations").then().statusCode(200)
                .body(found + ".size()", equalTo(1))
                .body(found + "[0].recommending_states", equalTo(List.of("AUS", "SWE")))
                .body(found + "[0].source.locator", equalTo("rows " + lines.get(0) + ", " + lines.get(1)));
    }

    private List<Row> vietNam() {
        return rows.stream().filter(r -> r.to().equals("Viet Nam")).toList();
    }
}
