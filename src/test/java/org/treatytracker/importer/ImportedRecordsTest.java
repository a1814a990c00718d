package org.treatytracker.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.Contract;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.ImportedData;

/**
 * What an import records of its file: dates at the precision the file gives, coverage and complete
 * records, the identity of an import (file, mapping, options), undo, and extra names.
 */
@QuarkusTest
class ImportedRecordsTest {

    private static final Mapping STATUS = new Mapping(
            Map.of("party", "member", "status", "status", "bound", "year"), null, null, null, null, null, null,
            Map.of("state party", "party", "signatory state", "signatory", "no action", "no_action"));
    private static final Mapping ACTIONS = new Mapping(null, null, null, null, null, null, null)
            .withColumns(List.of("party=Participant", "treaty=Treaty", "action=Action", "date=Date"));
    private static final LocalDate SNAPSHOT = LocalDate.of(2022, 8, 25);

    @Inject
    RatificationImporter importer;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void aYearIsStoredAsAYearNeverAsAnExcelSerial() throws IOException {
        Path file = write("years.csv", "Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,2015\n");
        ImportResult result = importer.run(actions(file));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/ratifications/CAT").then()
                .body("actions.date", hasItem("2015"))
                .body("actions.date_precision", hasItem("year"));
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM treaty_actions a JOIN facts f ON f.id = a.fact_id"
                + " WHERE f.import_key LIKE 'ratifications-years|%' AND a.action_date = '2015-01-01' AND a.precision = 'year'"));

        Path serial = write("serial.csv", "Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,42041\n");
        ImportResult refused = importer.run(actions(serial));
        assertEquals("failed", refused.status());
        assertTrue(refused.problems().get(0).message().contains("'42041' is not a date"), refused.problems()::toString);
    }

    @Test
    void dateFormatYyyyReadsYearsAndYearMonthsStayMonths() throws IOException {
        Path file = write("formats.csv", "Participant,Treaty,Action,Date\nFrance,CAT,signature,1985\n");
        Mapping years = new Mapping(ACTIONS.columns(), null, null, "yyyy", null, null, null);
        assertEquals("imported", importer.run(new ImportRequest("ratifications", file, years, StandardCharsets.UTF_8, null)).status());
        given().get("/api/v1/states/FRA/ratifications/CAT").then().body("actions.date", hasItem("1985"));
        Path months = write("months.csv", "Participant,Treaty,Action,Date\nFrance,CAT,ratification,1986-02\n");
        assertEquals("imported", importer.run(actions(months)).status());
        given().get("/api/v1/states/FRA/ratifications/CAT").then().body("actions.date", hasItem("1986-02"));
    }

    @Test
    void aDateBeforeTheTreatysAdoptionOrAfterTheFilesDateIsRefusedWithItsRow() throws IOException {
        Path file = write("impossible.csv", "member,status,year\nViet Nam,state party,1983\nFrance,state party,2023\n"
                + "Chile,state party,1984\n");
        ImportResult result = importer.run(status(file, "CAT", SNAPSHOT, true));
        assertEquals("failed", result.status());
        assertEquals(List.of(2L, 3L), result.problems().stream().map(RowProblem::line).toList());
        assertTrue(result.problems().get(0).message().contains("before CAT was adopted (1984-12-10)"), result.problems()::toString);
        assertTrue(result.problems().get(1).message().contains("after the file's own date (2022-08-25)"), result.problems()::toString);
    }

    @Test
    void aCompleteStatusTableRecordsNoActionAndCoverageAPartialOneDoesNot() throws IOException {
        Path file = write("cat.csv", "member,status,year\nViet Nam,state party,2015\nPalau,signatory state,\n"
                + "Tuvalu,no action,\n");
        ImportResult result = importer.run(status(file, "CAT", SNAPSHOT, true));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(3, DbSnapshot.count("SELECT count(*) FROM coverage WHERE treaty_code = 'CAT'"));
        given().filter(Contract.FILTER).get("/api/v1/states/TUV/ratifications/CAT").then()
                .body("status", equalTo("no_action")).body("basis", equalTo("complete"))
                .body("basis_as_of", equalTo("2022-08-25"))
                .body("coverage[0].locator", equalTo("row 4"));
        given().get("/api/v1/states/PLW/ratifications/CAT").then().body("status", equalTo("signatory"))
                .body("basis", equalTo("complete"));
        given().filter(Contract.FILTER).queryParam("treaty", "CAT").get("/api/v1/coverage").then()
                .statusCode(200).body("covered_completely", equalTo(3));
        given().queryParam("state", "TUV").queryParam("treaty", "CAT").queryParam("format", "csv").get("/api/v1/coverage")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString(",untc-test-CAT,2022-08-25,day,true,row 4,"));

        ImportedData.clear();
        ImportResult partial = importer.run(status(file, "CAT", SNAPSHOT, false));
        assertEquals("imported", partial.status());
        given().get("/api/v1/states/TUV/ratifications/CAT").then()
                .body("status", equalTo("unknown")).body("basis", equalTo("unknown"));
        given().get("/api/v1/states/PLW/ratifications/CAT").then().body("status", equalTo("signatory"))
                .body("basis", equalTo("partial"));
    }

    @Test
    void theSameFileWithAnotherMappingIsANewImportAndABACompletesAsA() throws IOException {
        Path a = write("a.csv", "member,status,year\nViet Nam,state party,2015\n");
        Path b = write("b.csv", "member,status,year\nViet Nam,signatory state,\n");
        assertEquals("imported", importer.run(status(a, "CAT", SNAPSHOT, true)).status());
        String afterA = actions();
        assertEquals("unchanged", importer.run(status(a, "CAT", SNAPSHOT, true)).status());
        assertEquals("imported", importer.run(status(a, "CAT", LocalDate.of(2023, 1, 1), true)).status(),
                "another as-of date is another reading of the file");
        assertEquals("imported", importer.run(status(b, "CAT", SNAPSHOT, true)).status());
        ImportResult again = importer.run(status(a, "CAT", SNAPSHOT, true));
        assertEquals("imported", again.status(), "after B, A again is a change back, not 'unchanged'");
        assertEquals(afterA, actions());
        given().get("/api/v1/states/VNM/ratifications/CAT").then().body("status", equalTo("party"));
    }

    @Test
    void undoPutsTheDatasetBackAsThePreviousImportLeftItAndRecordsIt() throws IOException {
        Path a = write("a.csv", "member,status,year\nViet Nam,state party,2015\nFrance,state party,1986\n");
        Path b = write("b.csv", "member,status,year\nViet Nam,state party,2016\n");
        importer.run(status(a, "CAT", SNAPSHOT, true));
        String afterA = actions();
        importer.run(status(b, "CAT", SNAPSHOT, true));
        given().get("/api/v1/states/FRA/ratifications/CAT").then().body("status", equalTo("unknown"));

        ImportResult undone = importer.undo("untc-test-CAT");
        assertEquals("undone", undone.status());
        assertEquals(List.of(1L, 1L, 0L), List.of(undone.added(), undone.changed(), undone.removed()));
        assertEquals(afterA, actions());
        given().get("/api/v1/states/FRA/ratifications/CAT").then().body("status", equalTo("party")).body("basis", equalTo("complete"));
        given().filter(Contract.FILTER).queryParam("dataset", "untc-test-CAT").get("/api/v1/imports").then()
                .statusCode(200)
                .body("items[0].format", equalTo("undo"))
                .body("items[0].undoes", org.hamcrest.Matchers.notNullValue())
                .body("items[1].covers_states", equalTo(1))
                .body("items[2].covers_treaties", equalTo(List.of("CAT")));
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM audit_log WHERE target_kind = 'import' AND action = 'retract'"));

        ImportResult first = importer.undo("untc-test-CAT");
        assertEquals(2, first.removed(), "undoing the first import removes its facts");
        given().get("/api/v1/states/FRA/ratifications/CAT").then().body("status", equalTo("unknown"))
                .body("basis", equalTo("unknown"));
        assertEquals(0, DbSnapshot.count("SELECT count(*) FROM coverage WHERE dataset = 'untc-test-CAT'"));
        assertThrows(UsageException.class, () -> importer.undo("untc-test-CAT"));
    }

    @Test
    void anImportsOwnAliasesResolveNamesTheCatalogDoesNotKnow() throws IOException {
        Path file = write("de.csv", "member,status,year\nElfenbeinküste,state party,1995\n");
        ImportResult unknown = importer.run(status(file, "CAT", SNAPSHOT, true));
        assertEquals("failed", unknown.status());
        assertTrue(unknown.problems().get(0).message().contains("--aliases"));
        ImportRequest withAliases = new ImportRequest(StatusTable.FORMAT, file, STATUS, StandardCharsets.UTF_8,
                "untc-test-CAT", options("CAT", SNAPSHOT, true), Map.of("CIV", List.of("Elfenbeinküste")));
        assertEquals("imported", importer.run(withAliases).status());
        given().get("/api/v1/states/CIV/ratifications/CAT").then().body("status", equalTo("party"));
        ImportRequest taken = new ImportRequest(StatusTable.FORMAT, file, STATUS, StandardCharsets.UTF_8,
                "untc-test-CAT", options("CAT", SNAPSHOT, true), Map.of("CIV", List.of("France")));
        assertThrows(UsageException.class, () -> importer.run(taken), "a name of another party is refused");
    }

    @Test
    void isoNamesInTheirInvertedListFormResolve() throws IOException {
        Path file = write("iso.csv", "member,status,year\n\"Korea, Republic of\",state party,1995\n"
                + "\"Congo, The Democratic Republic Of The\",state party,1996\n\"Moldova, Republic Of\",state party,1995\n");
        ImportResult result = importer.run(status(file, "CAT", SNAPSHOT, true));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(3, DbSnapshot.count("SELECT count(*) FROM coverage WHERE party_code IN ('KOR', 'COD', 'MDA')"));
    }

    @Test
    void aDatasetsOriginShowsWithItsCitations() throws IOException {
        Path file = write("cat.csv", "member,status,year\nViet Nam,state party,2015\n");
        ImportRequest request = new ImportRequest(StatusTable.FORMAT, file, STATUS, StandardCharsets.UTF_8, "untc-test-CAT",
                new ImportRequest.RecordOptions("CAT", SNAPSHOT, true, "Status of CAT", "UN Treaty Collection",
                        "https://treaties.un.org/", LocalDate.of(2022, 9, 1)), Map.of());
        ImportResult result = importer.run(request);
        given().filter(Contract.FILTER).get("/api/v1/sources/" + result.source()).then()
                .body("title", equalTo("Status of CAT")).body("publisher", equalTo("UN Treaty Collection"))
                .body("url", equalTo("https://treaties.un.org/")).body("retrieved_on", equalTo("2022-09-01"))
                .body("as_of", equalTo("2022-08-25")).body("complete", equalTo(true));
        given().get("/api/v1/states/VNM/ratifications/CAT").then()
                .body("actions.provenance.flatten().publisher", hasItem("UN Treaty Collection"))
                .body("actions.provenance.flatten().retrieved_on", hasItem("2022-09-01"));
    }

    private static String actions() {
        return String.valueOf(DbSnapshot.count("SELECT count(*) FROM treaty_actions a JOIN facts f ON f.id = a.fact_id"
                + " WHERE f.import_key LIKE 'untc-test-CAT|%'")) + " "
                + DbSnapshot.count("SELECT coalesce(sum(extract(year FROM a.action_date) * length(a.party_code)), 0)"
                + " FROM treaty_actions a JOIN facts f ON f.id = a.fact_id WHERE f.import_key LIKE 'untc-test-CAT|%'");
    }

    private static ImportRequest.RecordOptions options(String treaty, LocalDate asOf, boolean complete) {
        return new ImportRequest.RecordOptions(treaty, asOf, complete, null, null, null, null);
    }

    private static ImportRequest status(Path file, String treaty, LocalDate asOf, boolean complete) {
        return new ImportRequest(StatusTable.FORMAT, file, STATUS, StandardCharsets.UTF_8, "untc-test-" + treaty,
                options(treaty, asOf, complete), Map.of());
    }

    private static ImportRequest actions(Path file) {
        return new ImportRequest("ratifications", file, ACTIONS, StandardCharsets.UTF_8, null);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
