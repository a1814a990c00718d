package org.treatytracker.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.Contract;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.Editors;
import org.treatytracker.support.ImportedData;
import org.treatytracker.upr.RecommendationChecks;

/**
 * The UPR recommendations importer on a small table in UPR Info's layout (one row per
 * recommendation and recommending state), written here in three encodings and line-ending styles.
 */
@QuarkusTest
class RecommendationImportTest {

    private static final String TABLE = """
            Recommendation number,Recommendation,State under Review,Recommending State,Cycle,Session,Response,Issues
            115.1,"Ratifier le Protocole facultatif se rapportant à la Convention contre la torture",Bolivia (Plurinational State of),France,3,34,Acceptée,"Torture; Traités"
            115.1,"Ratifier le Protocole facultatif se rapportant à la Convention contre la torture",Bolivie,Côte d'Ivoire,3,34,Acceptée,"Torture; Traités"
            115.1,"Ratifier le Protocole facultatif se rapportant à la Convention contre la torture",BOL,Türkiye,3,34,Acceptée,"Torture; Traités"
            115.2,"Protéger les droits des enfants
            dans les zones rurales",Bolivia (Plurinational State of),Viet Nam,3,34,Supported,Enfants
            115.3,Abolir la peine de mort,Bolivia (Plurinational State of),Vietnam,3,34,Rejected,Peine de mort
            """;
    private static final Mapping MAPPING = new Mapping(Map.of(
            "un_number", "Recommendation number", "text", "Recommendation", "state_under_review", "State under Review",
            "recommending_states", "Recommending State", "cycle", "Cycle", "session", "Session", "response", "Response",
            "themes", "Issues"), Map.of("themes", ";"), "fr", null, null, null, null);

    @Inject
    RecommendationImporter importer;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void pairRowsBecomeOneRecommendationWithItsRecommendingStates() throws IOException {
        ImportResult result = importer.run(request(write("upr.csv", TABLE, StandardCharsets.UTF_8), null));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(5, result.rows());
        assertEquals("recommendation", result.unit());
        assertEquals(3, result.added());

        given().filter(Contract.FILTER).queryParam("state", "BOL").queryParam("cycle", 3)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].un_number", equalTo("115.1"))
                .body("items[0].session", equalTo(34))
                .body("items[0].recommending_states", contains("CIV", "FRA", "TUR"))
                .body("items[0].themes", contains("Torture", "Traités"))
                .body("items[0].response", equalTo("supported"))
                .body("items[0].response_raw", equalTo("Acceptée"))
                .body("items[0].source.source_id", equalTo(result.source()))
                .body("items[0].source.locator", equalTo("rows 2, 3, 4"))
                .body("items[1].text", equalTo("Protéger les droits des enfants\ndans les zones rurales"))
                .body("items[2].response", equalTo("noted"))
                .body("items[2].response_raw", equalTo("Rejected"));
        given().filter(Contract.FILTER).queryParam("state", "BOL").queryParam("group_by", "cycle")
                .get("/api/v1/upr/stats").then().statusCode(200)
                .body("items[0].basis", equalTo("counted"))
                .body("items[0].recommendations_total", equalTo(3))
                .body("items[0].supported", equalTo(2))
                .body("items[0].noted", equalTo(1));
        given().filter(Contract.FILTER).queryParam("state", "BOL").queryParam("recommending_state", "VNM")
                .queryParam("q", "enfant").get("/api/v1/recommendations").then().body("total", equalTo(1));
        given().filter(Contract.FILTER).get("/api/v1/states/BOL/upr-reviews").then().statusCode(200)
                .body("items[0].provenance[0].kind", equalTo("dataset_row"))
                .body("items[0].provenance[0].locator", equalTo("5 rows for BOL, cycle 3, from row 2"));
    }

    @Test
    void everyEncodingAndLineEndingGivesTheSameData() throws IOException {
        importer.run(request(write("utf8-lf.csv", TABLE, StandardCharsets.UTF_8), "upr-test"));
        for (var variant : List.of(
                Map.entry(Charset.forName("windows-1252"), "\r\n"),
                Map.entry(Charset.forName("x-MacRoman"), "\r"))) {
            Path file = write("variant.csv", TABLE.replace("\n", variant.getValue()), variant.getKey());
            ImportResult result = importer.run(new ImportRequest("upr-recommendations", file, MAPPING, variant.getKey(), "upr-test"));
            assertEquals("imported", result.status(), () -> variant + ": " + result.problems());
            assertEquals(List.of(0L, 0L, 0L, 3L), List.of(result.added(), result.changed(), result.removed(), result.unchanged()),
                    variant.getKey() + " reads as the same recommendations");
        }
        assertEquals(3, DbSnapshot.count("SELECT count(*) FROM upr_recommendations"));
    }

    @Test
    void aNewerExportReplacesTheOlderAndListsEveryChange() throws IOException {
        importer.run(request(write("v1.csv", TABLE, StandardCharsets.UTF_8), "upr-test"));
        String newer = TABLE.replace("Rejected", "Noted")
                .replace("115.2,", "115.9,")
                .replace("BOL,Türkiye", "BOL,Brazil");
        ImportResult result = importer.run(request(write("v2.csv", newer, StandardCharsets.UTF_8), "upr-test"));
        assertEquals(List.of(1L, 2L, 1L, 0L), List.of(result.added(), result.changed(), result.removed(), result.unchanged()));
        assertEquals(3, DbSnapshot.count("SELECT count(*) FROM upr_recommendations"));
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM import_changes WHERE change = 'changed'"
                + " AND before LIKE '%by: CIV,FRA,TUR%' AND after LIKE '%by: BRA,CIV,FRA%'"));
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM import_changes WHERE change = 'removed' AND item_key LIKE '%|115.2'"));
        assertEquals(0, DbSnapshot.count("""
                SELECT count(*) FROM (
                  (SELECT review_fact_id, count(*), count(*) FILTER (WHERE response = 'supported'),
                          count(*) FILTER (WHERE response = 'noted') FROM upr_recommendations GROUP BY review_fact_id
                   EXCEPT SELECT review_fact_id, total, supported, noted FROM upr_review_counts)
                  UNION ALL
                  (SELECT review_fact_id, total, supported, noted FROM upr_review_counts WHERE total > 0
                   EXCEPT SELECT review_fact_id, count(*), count(*) FILTER (WHERE response = 'supported'),
                          count(*) FILTER (WHERE response = 'noted') FROM upr_recommendations GROUP BY review_fact_id)) d"""),
                "the per-review counts the triggers maintain agree with the recommendations after a replacement");
    }

    @Test
    void aBadExportIsUndoneByImportingThePreviousOneAgain() throws IOException {
        Path good = write("good.csv", TABLE, StandardCharsets.UTF_8);
        importer.run(request(good, "upr-test"));
        long before = DbSnapshot.count("SELECT count(*) FROM upr_recommendations");
        String rejected = DbSnapshot.count("SELECT count(*) FROM upr_recommendations WHERE response_raw = 'Rejected'") + "";
        importer.run(request(write("bad.csv", TABLE.replace("Rejected", "Accepted"), StandardCharsets.UTF_8), "upr-test"));
        ImportResult again = importer.run(request(good, "upr-test"));
        assertEquals("imported", again.status(), "after the bad export, the good one again is a change back");
        assertEquals(before, DbSnapshot.count("SELECT count(*) FROM upr_recommendations"));
        assertEquals(rejected, DbSnapshot.count("SELECT count(*) FROM upr_recommendations WHERE response_raw = 'Rejected'") + "");
        assertEquals(1, again.changed());
    }

    @Test
    void anImportedReviewsRecommendationsAreTheDatasetsAlone() throws IOException {
        ImportResult first = importer.run(request(write("v1.csv", TABLE, StandardCharsets.UTF_8), "upr-editors"));
        long imported = given().get("/api/v1/states/BOL/upr-reviews").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].fact_id");
        long seedReview = given().get("/api/v1/states/VNM/upr-reviews").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.cycle == 2 }.fact_id");
        String token = "Bearer " + Editors.editor("import-test-editor");
        Map<String, Object> claim = new HashMap<>(Map.of("kind", "upr_recommendation", "review", imported,
                "text", "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture",
                "language", "fr", "citations", List.of(Map.of("source", first.source(), "locator", "row 2"))));
        given().filter(Contract.FILTER).header("Authorization", token).contentType("application/json").body(claim)
                .post("/api/v1/claims").then().statusCode(422)
                .body("errors[0]", containsString("comes from an imported dataset"));

        // Cited to a row of the dataset's file, but made to another review: the editor's, not the dataset's.
        claim.put("review", seedReview);
        long added = given().filter(Contract.FILTER).header("Authorization", token).contentType("application/json")
                .body(claim).post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        ImportResult newer = importer.run(request(write("v2.csv", TABLE.replace("Rejected", "Noted"),
                StandardCharsets.UTF_8), "upr-editors"));
        assertEquals(List.of(0L, 1L, 0L, 2L), List.of(newer.added(), newer.changed(), newer.removed(), newer.unchanged()),
                "the editor's recommendation is neither compared nor replaced by the re-import");
        given().get("/api/v1/recommendations/" + added).then().statusCode(200)
                .body("owner", equalTo("editor"))
                .body("source.locator", equalTo("row 2"));
        given().header("Authorization", token).header("If-Match", "\"v0\"")
                .delete("/api/v1/recommendations/" + added).then().statusCode(204);
    }

    @Test
    void badRowsAreAllReportedAndNothingIsWritten() throws IOException {
        String bad = TABLE
                + "115.4,Garantir la liberté de la presse,Atlantis,France,3,34,Supported,Presse\n"
                + "115.5,Garantir la liberté de la presse,Bolivia (Plurinational State of),Narnia,3,34,Supported,Presse\n"
                + "115.6,Garantir la liberté de la presse,Bolivia (Plurinational State of),France,3,34,Peut-être,Presse\n"
                + "115.1,Un autre texte,Bolivia (Plurinational State of),Brazil,3,34,Supported,Presse\n";
        DbSnapshot before = DbSnapshot.take();
        ImportResult result = importer.run(request(write("bad.csv", bad, StandardCharsets.UTF_8), null));
        assertEquals("failed", result.status());
        assertEquals(List.of(8L, 9L, 10L, 11L), result.problems().stream().map(RowProblem::line).toList(),
                "rows are still checked against each other after the first bad row");
        assertTrue(result.problems().get(0).message().contains("Atlantis"));
        assertTrue(result.problems().get(1).message().contains("Narnia"));
        assertTrue(result.problems().get(2).message().contains("Peut-être"));
        assertTrue(result.problems().get(3).message().contains("another text on line 2"), result.problems().get(3).message());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void anImportedRecommendationIsHeldToTheLimitsAnEditorsIs() throws IOException {
        String tooLong = "a".repeat(RecommendationChecks.MAX_TEXT + 1);
        String longest = "b".repeat(RecommendationChecks.MAX_TEXT);
        String table = TABLE
                + "115.4," + tooLong + ",Bolivia (Plurinational State of),France,3,34,Supported,Presse\n"
                + "115.5," + longest + ",Bolivia (Plurinational State of),France,3,34,Supported,Presse\n";
        DbSnapshot before = DbSnapshot.take();
        ImportResult result = importer.run(request(write("long.csv", table, StandardCharsets.UTF_8), null));
        assertEquals("failed", result.status());
        assertEquals(List.of(8L), result.problems().stream().map(RowProblem::line).toList(), result.problems().toString());
        assertTrue(result.problems().get(0).message().endsWith("'text' is longer than 20000 characters"),
                result.problems().get(0).message());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void rowsWithoutANumberAreMergedByTextUnlessTheirResponsesDiffer() throws IOException {
        Path file = write("pairs.csv", """
                text,state,from,session,response
                Abolish the death penalty.,Chile,France,5,Noted
                "Abolish the  death penalty. ",Chile,Italy,5,Noted
                Abolish the death penalty.,Chile,&#40;Unknown&#41;,5,Noted
                Abolish the death penalty.,Chile,Spain,5,Accepted
                Protect journalists.,Chile,(Unknown),5,Accepted
                """, StandardCharsets.UTF_8);
        Mapping pairs = new Mapping(Map.of("text", "text", "state_under_review", "state", "recommending_states", "from",
                "session", "session", "response", "response"), null, "en", null, null, null, null);
        ImportResult result = importer.run(new ImportRequest("upr-recommendations", file, pairs, StandardCharsets.UTF_8, null));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(3, result.added(), "one noted, one accepted death-penalty recommendation, one on journalists");
        assertEquals(new ImportResult.Merging(2, 1, 2), result.merging());
        given().filter(Contract.FILTER).queryParam("state", "CHL").get("/api/v1/recommendations").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.find { it.response == 'noted' }.recommending_states", contains("FRA", "ITA"))
                .body("items.find { it.response == 'noted' }.source.locator", equalTo("rows 2, 3, 4"))
                .body("items.find { it.response == 'supported' && it.text.startsWith('Abolish') }.recommending_states",
                        contains("ESP"))
                .body("items.find { it.text.startsWith('Protect') }.recommending_states", hasSize(0));
    }

    @Test
    void rowsOfOneNumberedRecommendationMustAgreeOnTheResponse() throws IOException {
        String disagreeing = TABLE.replace("BOL,Türkiye,3,34,Acceptée", "BOL,Türkiye,3,34,Noted");
        DbSnapshot before = DbSnapshot.take();
        ImportResult result = importer.run(request(write("disagree.csv", disagreeing, StandardCharsets.UTF_8), null));
        assertEquals("failed", result.status());
        assertEquals(List.of(4L), result.problems().stream().map(RowProblem::line).toList());
        assertTrue(result.problems().get(0).message().contains("'Noted' here and 'Acceptée' on line 2"),
                result.problems().get(0).message());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aYearInTwoCyclesIsRefusedNotGuessed() throws IOException {
        Path file = write("years.csv", "text,state,year\nProtect journalists,France,2022\nProtect journalists,France,2019\n",
                StandardCharsets.UTF_8);
        Mapping byYear = new Mapping(Map.of("text", "text", "state_under_review", "state", "year", "year"),
                null, "en", null, null, null, null);
        ImportResult result = importer.run(new ImportRequest("upr-recommendations", file, byYear, StandardCharsets.UTF_8, null));
        assertEquals("failed", result.status());
        assertEquals(1, result.problems().size());
        assertEquals(2, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("cycles [3, 4]"), result.problems().get(0).message());
    }

    @Test
    void theFileMustDecodeInTheEncodingGiven() throws IOException {
        Path file = write("latin1.csv", TABLE, StandardCharsets.ISO_8859_1);
        ImportResult result = importer.run(request(file, null));
        assertEquals("failed", result.status());
        // Lines 2 to 5 hold accented letters (line 5 opens a record that goes on over line 6); 7 is ASCII.
        assertEquals(List.of(2L, 3L, 4L, 5L), result.problems().stream().map(RowProblem::line).toList());
        assertTrue(result.problems().stream().allMatch(p -> p.message().contains("--encoding")), result.problems().toString());
    }

    @Test
    void undecodableRowsAndOtherBadRowsAreAllListed() throws IOException {
        Path file = dir.resolve("mixed.csv");
        Files.write(file, concat(TABLE.getBytes(StandardCharsets.UTF_8),
                "115.4,Garantir la libert\u00e9 de la presse,Bolivia (Plurinational State of),France,3,34,Supported,Presse\n"
                        .getBytes(StandardCharsets.ISO_8859_1),
                "115.5,Garantir la liberté de la presse,Atlantis,France,3,34,Supported,Presse\n".getBytes(StandardCharsets.UTF_8),
                "115.6,Prot\u00e9ger les journalistes,Bolivia (Plurinational State of),France,3,34,Supported,Presse\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));
        DbSnapshot before = DbSnapshot.take();
        ImportResult result = importer.run(request(file, null));
        assertEquals("failed", result.status());
        assertEquals(List.of(8L, 9L, 10L), result.problems().stream().map(RowProblem::line).toList());
        assertTrue(result.problems().get(0).message().contains("--encoding"));
        assertTrue(result.problems().get(1).message().contains("Atlantis"));
        assertTrue(result.problems().get(2).message().contains("--encoding"));
        assertEquals(before, DbSnapshot.take());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private Path write(String name, String text, Charset encoding) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(encoding));
    }

    private static ImportRequest request(Path file, String dataset) {
        return new ImportRequest("upr-recommendations", file, MAPPING, StandardCharsets.UTF_8, dataset);
    }
}
