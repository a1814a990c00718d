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
import org.treatytracker.support.CsvRows;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.ImportedData;

/**
 * The real UPR Info export of sessions 1 to 5 (src/test/resources/upr-info/), imported with the
 * mapping shipped for such exports. Every expected figure is computed here from the file, read with
 * jackson's CSV parser directly (CR line endings and all), never taken from the importer.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UprInfoImportTest {

    static final Path FILE = Path.of("src/test/resources/upr-info/1-5.csv");
    static final Path MAPPING = Path.of("docs/mappings/upr-info.yaml");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final String UNKNOWN = "&#40;Unknown&#41;";

    /** One data row, as the test reads it: columns To, Text, From, Response, Action, Issue, Session. */
    private record Row(String to, String text, String from, String response, String action, String themes, String session) {
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
        List<List<String>> table = CsvRows.of(new String(Files.readAllBytes(FILE), MAC_ROMAN));
        List<String> header = table.get(0);
        assertEquals(List.of("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
                "Session"), header);
        rows = table.subList(1, table.size()).stream()
                .map(c -> new Row(c.get(0), c.get(3), c.get(4), c.get(7), c.get(8), c.get(9), c.get(10))).toList();
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
    void everyRowsActionCategoryIsKeptOnItsRecommendation() {
        Set<List<String>> categories = rows.stream().map(r -> List.of(String.join("\u0000", r.recommendation()), r.action()))
                .collect(Collectors.toSet());
        assertTrue(rows.stream().allMatch(r -> r.action().matches("[1-5]")), "every row of this export is rated 1 to 5");
        String ofThisFile = " JOIN upr_recommendations r ON r.id = x.recommendation_id WHERE r.source_id = '" + result.source() + "'";
        assertEquals(categories.size(), DbSnapshot.count("SELECT count(*) FROM upr_recommendation_actions x" + ofThisFile));
        for (String category : List.of("1", "5")) {
            long recommendations = categories.stream().filter(c -> c.get(1).equals(category)).count();
            assertEquals(recommendations, DbSnapshot.count("SELECT count(*) FROM upr_recommendation_actions x" + ofThisFile
                    + " AND x.category = " + category), "category " + category);
        }
        Row first = rows.stream().filter(r -> r.to().equals("Viet Nam") && r.text().equals("Accede to CAT in a timely manner."))
                .findFirst().orElseThrow();
        given().filter(Contract.FILTER).queryParam("state", "VNM").queryParam("q", "accede CAT timely")
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("items.find { it.text == 'Accede to CAT in a timely manner.' }.action_categories",
                        equalTo(List.of(Integer.parseInt(first.action()))));
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
    void theArticlesReportAndTheDatasetsCountAreOneReviewShownSideBySide() {
        Set<List<String>> distinct = vietNam().stream().map(Row::recommendation).collect(Collectors.toSet());
        int counted = distinct.size();
        int supported = (int) distinct.stream().filter(r -> r.get(3).equals("Accepted")).count();
        int noted = counted - supported;
        // The seed article's report of the same review (seeds/claims/000_*.yaml): 96 of 123, May 2009.
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/upr-reviews").then().statusCode(200)
                .body("items.cycle", equalTo(List.of(1, 2, 4)))
                .body("items[0].fact_ids.size()", equalTo(2))
                .body("items[0].session", equalTo(5))
                .body("items[0].reviewed_on", equalTo("2009-05"))
                .body("items[0].basis", equalTo("reported"))
                .body("items[0].recommendations_total", equalTo(123))
                .body("items[0].supported", equalTo(96))
                .body("items[0].bases.basis", equalTo(List.of("reported", "counted")))
                .body("items[0].bases.owner", equalTo(List.of("seed", "dataset")))
                .body("items[0].bases[1].recommendations_total", equalTo(counted))
                .body("items[0].bases[1].supported", equalTo(supported))
                .body("items[0].bases[1].noted", equalTo(noted))
                .body("items[0].provenance.kind", equalTo(List.of("passage", "dataset_row")))
                .body("items[1].fact_ids.size()", equalTo(1));
        given().filter(Contract.FILTER).get("/api/v1/upr/stats?state=VNM&group_by=cycle").then().statusCode(200)
                .body("items[0].group.cycle", equalTo(1))
                .body("items[0].basis", equalTo("reported"))
                .body("items[0].reviews", equalTo(1))
                .body("items[0].recommendations_total", equalTo(123))
                .body("items[0].supported", equalTo(96))
                .body("items[0].noted", equalTo(27))
                .body("items[0].reported.recommendations_total", equalTo(123))
                .body("items[0].counted.reviews", equalTo(1))
                .body("items[0].counted.recommendations_total", equalTo(counted))
                .body("items[0].counted.supported", equalTo(supported))
                .body("items[0].counted.noted", equalTo(noted))
                .body("items[0].discrepancies.size()", equalTo(1))
                .body("items[0].discrepancies[0].headline", equalTo("reported"))
                .body("items[0].discrepancies[0].counted.recommendations_total", equalTo(counted))
                .body("items[1].basis", equalTo("reported"))
                .body("items[1].recommendations_total", equalTo(227))
                .body("items[1].counted", equalTo(null));
        // Only the dataset knows the review of Chile (session 5): its count is the headline.
        List<Row> chile = rows.stream().filter(r -> r.to().equals("Chile")).toList();
        given().filter(Contract.FILTER).get("/api/v1/upr/stats?state=CHL&group_by=cycle").then().statusCode(200)
                .body("items[0].basis", equalTo("counted"))
                .body("items[0].recommendations_total", equalTo((int) chile.stream().map(Row::recommendation).distinct().count()))
                .body("items[0].reported", equalTo(null))
                .body("items[0].discrepancies.size()", equalTo(0));
    }

    @Test
    void aReviewOnlyTheDatasetKnowsTakesItsSessionsMonthFromTheCalendarSaidToBeInferred() {
        // Chile: session 5, held in May 2009 (seeds/reference/upr-cycles.yaml); no source states its date.
        assertEquals(Set.of("5"), rows.stream().filter(r -> r.to().equals("Chile")).map(Row::session).collect(Collectors.toSet()));
        given().filter(Contract.FILTER).get("/api/v1/states/CHL/upr-reviews").then().statusCode(200)
                .body("items[0].session", equalTo(5))
                .body("items[0].reviewed_on", equalTo("2009-05"))
                .body("items[0].date_precision", equalTo("month"))
                .body("items[0].reviewed_on_basis", equalTo("inferred"))
                .body("items.find { it.cycle == 1 }.derived.find { it.field == 'reviewed_on' }.formula",
                        org.hamcrest.Matchers.containsString("ungeneva-upr-order-of-review-2008"));
        // Colombia: session 3, which the calendar on record does not date: no date rather than a guess.
        assertEquals(Set.of("3"), rows.stream().filter(r -> r.to().equals("Colombia")).map(Row::session).collect(Collectors.toSet()));
        given().filter(Contract.FILTER).get("/api/v1/states/COL/upr-reviews").then().statusCode(200)
                .body("items[0].session", equalTo(3))
                .body("items[0].reviewed_on", equalTo(null))
                .body("items[0].reviewed_on_basis", equalTo(null));
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/upr-reviews").then().statusCode(200)
                .body("items[0].reviewed_on_basis", equalTo("stated"));
    }

    @Test
    void readAsUtf8EveryRowWithAMacRomanLetterIsListed() throws IOException {
        byte[] bytes = Files.readAllBytes(FILE);
        List<Long> expected = new java.util.ArrayList<>();
        long line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                line++;
            } else if ((bytes[i] & 0x80) != 0 && (expected.isEmpty() || expected.get(expected.size() - 1) != line)) {
                expected.add(line);
            }
        }
        assertTrue(expected.size() > 1, "the export has several lines with non-ASCII bytes");
        ImportResult misread = importer.run(new ImportRequest("upr-recommendations", FILE, Mapping.read(MAPPING),
                java.nio.charset.StandardCharsets.UTF_8, "upr-info-misread"));
        assertEquals("failed", misread.status());
        assertEquals(rows.size(), misread.rows(), "the whole file is checked");
        assertEquals(expected, misread.problems().stream().map(RowProblem::line).toList());
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
