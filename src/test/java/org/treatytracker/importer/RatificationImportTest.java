package org.treatytracker.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.Contract;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.ImportedData;

/**
 * Ratification importers on the real OHCHR export (ICESCR, .xls) and on small files written here
 * in the same layouts, through the read API.
 */
@QuarkusTest
class RatificationImportTest {

    private static final Path OHCHR_ICESCR = Path.of("src/test/resources/ohchr/UnderlyingData_ICESCR_OHCHR_23_04_2026.xls");
    private static final String HEADER = "Country,Date of Signature (dd/mm/yyyy),Date of Ratification/Accession,"
            + "Date of acceptance of individual communications procedure,Date of acceptance of inquiry procedure\n";

    @Inject
    RatificationImporter importer;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void theRealOhchrExportImportsEveryRowWithItsRowAsEvidence() {
        ImportResult result = importer.run(request("ohchr-status", OHCHR_ICESCR, Mapping.empty()));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(198, result.rows());
        assertEquals("ohchr-status-ICESCR", result.dataset());
        long actions = DbSnapshot.count("SELECT count(*) FROM treaty_actions a JOIN facts f ON f.id = a.fact_id"
                + " WHERE f.import_key LIKE 'ohchr-status-ICESCR|%'");
        assertEquals(result.added(), actions);

        // Spot checks against the UN Treaty Collection (shared/data/README.md).
        status("VNM", "party", "consent_to_be_bound", "1982-09-24");
        status("ARG", "party", "consent_to_be_bound", "1986-08-08");
        status("CHN", "party", "signature", "1997-10-27");
        status("USA", "signatory", "signature", "1977-10-05");
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/ratifications/ICESCR").then()
                .body("actions[0].provenance[0].kind", equalTo("dataset_row"))
                .body("actions[0].provenance[0].source_id", equalTo(result.source()))
                .body("actions[0].provenance[0].locator", equalTo("row 197, column \"Date of Ratification/Accession\""));
        given().filter(Contract.FILTER).get("/api/v1/sources/" + result.source()).then()
                .statusCode(200)
                .body("kind", equalTo("dataset"))
                .body("sha256", equalTo(result.sha256()))
                .body("row_count", equalTo(198))
                .body("file_name", equalTo("UnderlyingData_ICESCR_OHCHR_23_04_2026.xls"));
    }

    @Test
    void theSameFileTwiceWritesNothingTheSecondTime() {
        assertEquals("imported", importer.run(request("ohchr-status", OHCHR_ICESCR, Mapping.empty())).status());
        DbSnapshot before = DbSnapshot.take();
        ImportResult again = importer.run(request("ohchr-status", OHCHR_ICESCR, Mapping.empty()));
        assertEquals("unchanged", again.status());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aNewerExportUpdatesFactsInPlaceAndRecordsWhatChanged() throws IOException {
        Path v1 = write("crpd-2024.csv", title("Convention on the Rights of Persons with Disabilities", "01/03/2024") + HEADER
                + "Viet Nam,22/10/2007,05/02/2015,,\nFrance,30/03/2007,18/02/2010,,\nTuvalu,,18/12/2013,,\n");
        Path v2 = write("crpd-2025.csv", title("Convention on the Rights of Persons with Disabilities", "10/10/2025") + HEADER
                + "Viet Nam,22/10/2007,05/02/2015,,\nFrance,30/03/2007,20/02/2010,,\n\"Côte d'Ivoire\",07/06/2007,10/01/2014,,\n");
        ImportResult first = importer.run(request("ohchr-status", v1, Mapping.empty()));
        assertEquals(5, first.added());
        long vietNamFact = factId("ohchr-status-CRPD|VNM|CRPD|consent_to_be_bound");

        ImportResult second = importer.run(request("ohchr-status", v2, Mapping.empty()));
        assertEquals("imported", second.status(), () -> second.problems().toString());
        assertEquals(List.of(2L, 1L, 1L, 3L), List.of(second.added(), second.changed(), second.removed(), second.unchanged()));
        assertEquals(vietNamFact, factId("ohchr-status-CRPD|VNM|CRPD|consent_to_be_bound"), "unchanged facts keep their ids");
        assertEquals(4, DbSnapshot.count("SELECT count(*) FROM import_changes c JOIN imports i ON i.id = c.import_id"
                + " WHERE i.source_id = '" + second.source() + "'"));
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM import_changes WHERE change = 'changed'"
                + " AND before LIKE '%2010-02-18' AND after LIKE '%2010-02-20'"));
        given().filter(Contract.FILTER).queryParam("dataset", "ohchr-status-CRPD").get("/api/v1/imports").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.source_id", contains(second.source(), first.source()))
                .body("items[0].added", equalTo(2)).body("items[0].changed", equalTo(1))
                .body("items[0].removed", equalTo(1)).body("items[0].unchanged", equalTo(3));
        String changes = given().queryParam("dataset", "ohchr-status-CRPD").get("/api/v1/imports")
                .then().extract().path("items[0].changes_href");
        given().filter(Contract.FILTER).queryParam("change", "changed").get(changes).then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].item_key", equalTo("ohchr-status-CRPD|FRA|CRPD|consent_to_be_bound"))
                .body("items[0].before", equalTo("FRA CRPD consent_to_be_bound 2010-02-18"))
                .body("items[0].after", equalTo("FRA CRPD consent_to_be_bound 2010-02-20"));
        given().filter(Contract.FILTER).get(changes).then().body("items.change", containsInAnyOrder("added", "added", "changed", "removed"));
        given().get("/api/v1/imports/999999999").then().statusCode(404);
        given().get("/api/v1/imports/abc/changes").then().statusCode(400);
        given().get("/api/v1/states/TUV/ratifications/CRPD").then().body("status", equalTo("unknown"));
        given().get("/api/v1/states/CIV/ratifications/CRPD").then().body("status", equalTo("party"));
        given().get("/api/v1/states/VNM/ratifications/CRPD").then()
                .body("actions.provenance.flatten().source_id", hasItem(second.source()));
    }

    @Test
    void anXlsxExportWithDateCellsReadsLikeTheLegacyOne() throws IOException {
        Path file = dir.resolve("UnderlyingData_CAT.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Underlying Data(0)");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            sheet.createRow(0).createCell(0).setCellValue(
                    "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment [Last Updated: 10/10/2025 11:26:54]");
            var header = sheet.createRow(1);
            List<String> names = List.of("Country", "Date of Signature (dd/mm/yyyy)", "Date of Ratification/Accession");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("Viet Nam");
            row.createCell(1).setCellValue(java.time.LocalDate.of(2013, 11, 7));
            row.getCell(1).setCellStyle(dates);
            row.createCell(2).setCellValue(java.time.LocalDate.of(2015, 2, 5));
            row.getCell(2).setCellStyle(dates);
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ImportResult result = importer.run(request("ohchr-status", file, Mapping.empty()));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals("ohchr-status-CAT", result.dataset());
        assertEquals(2, result.added());
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM treaty_actions a JOIN facts f ON f.id = a.fact_id"
                + " WHERE f.import_key = 'ohchr-status-CAT|VNM|CAT|consent_to_be_bound' AND a.action_date = '2015-02-05'"));
    }

    @Test
    void aBadFileWritesNothingAndReportsEveryBadRow() throws IOException {
        Path bad = write("bad.csv", title("Convention on the Rights of Persons with Disabilities", "10/10/2025") + HEADER
                + "Viet Nam,22/10/2007,05/02/2015,,\nAtlantis,,01/01/2001,,\nFrance,3/30/07,,,\nViet Nam,,,,\n");
        DbSnapshot before = DbSnapshot.take();
        ImportResult result = importer.run(request("ohchr-status", bad, Mapping.empty()));
        assertEquals("failed", result.status());
        assertEquals(List.of(4L, 5L, 6L), result.problems().stream().map(RowProblem::line).toList());
        assertTrue(result.problems().get(0).message().contains("Atlantis"));
        assertTrue(result.problems().get(1).message().contains("3/30/07"));
        assertTrue(result.problems().get(2).message().contains("already on line 3"));
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aGenericCsvMapsItsColumnsAndActionLabels() throws IOException {
        Path file = write("untc.csv", "Participant;Instrument;Action;Date\n"
                + "Viet Nam;Convention against Torture;Signature;07/11/2013\n"
                + "VNM;CAT;Ratification;2015-02-05\n"
                + "Türkiye;CAT;ratified;\n"
                + "Narnia;CAT;a;2001-01-01\n"
                + "France;CAT;a;1986-02-18\n");
        Mapping mapping = new Mapping(null, null, null, null, java.util.Map.of("a", "accession"), null, ";")
                .withColumns(List.of("party=Participant", "treaty=Instrument", "action=Action", "date=Date"));
        ImportResult failed = importer.run(request("ratifications", file, mapping));
        assertEquals("failed", failed.status());
        assertEquals(List.of(5L), failed.problems().stream().map(RowProblem::line).toList());

        Files.writeString(file, Files.readString(file).replace("Narnia;CAT;a;2001-01-01\n", ""));
        ImportResult result = importer.run(request("ratifications", file, mapping));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        assertEquals(4, result.added());
        given().get("/api/v1/states/FRA/ratifications/CAT").then()
                .body("actions.type", hasItem("accession"));
        given().get("/api/v1/states/TUR/ratifications/CAT").then()
                .body("status", equalTo("party")).body("actions[0].date", equalTo(null));
    }

    private static void status(String state, String status, String firstAction, String firstDate) {
        given().filter(Contract.FILTER).get("/api/v1/states/" + state + "/ratifications/ICESCR").then()
                .statusCode(200)
                .body("status", equalTo(status))
                .body("actions.type", hasItem(firstAction))
                .body("actions.date", hasItem(firstDate));
    }

    private static long factId(String key) {
        return DbSnapshot.count("SELECT id FROM facts WHERE import_key = '" + key + "'");
    }

    private static String title(String treaty, String updated) {
        return "\"" + treaty + " [Last Updated: " + updated + " 11:26:54]\",,,,\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ImportRequest request(String format, Path file, Mapping mapping) {
        return new ImportRequest(format, file, mapping, StandardCharsets.UTF_8, null);
    }
}
