package org.treatytracker.codebook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RatificationImporter;
import org.treatytracker.importer.RecommendationImporter;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;
import org.treatytracker.support.ImportedData;
import org.treatytracker.web.ColumnType;
import org.treatytracker.web.ExportColumn;

/**
 * Every CSV export the contract offers, read with a strict reader ({@link StrictCsv}) on the seeded
 * database with the shipped datasets, the UPR Info export of sessions 1 to 5 and a ratification
 * import: its header is the codebook's columns in order, and every cell is of its column's type,
 * within its vocabulary, empty only where the codebook says what empty means, quoted where the
 * codebook says so, and every date as precise as its precision column says.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsMatchCodebookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String SEPARATOR = " | ";

    /** Path values that name something on record. */
    private static final Map<String, String> VALUES = Map.of("{iso3}", "VNM", "{code}", "CAT");

    private static final Mapping ACTIONS = new Mapping(null, null, null, null, null, null, null)
            .withColumns(List.of("party=Participant", "treaty=Treaty", "action=Action", "date=Date"));

    @Inject
    RecommendationImporter recommendations;

    @Inject
    RatificationImporter ratifications;

    private String token;

    @BeforeAll
    void importData() throws IOException {
        ImportResult upr = recommendations.run(new ImportRequest("upr-recommendations", Path.of("src/test/resources/upr-info/1-5.csv"),
                Mapping.read(Path.of("docs/mappings/upr-info.yaml")), Charset.forName("x-MacRoman"), null));
        assertEquals("imported", upr.status(), () -> upr.problems().toString());
        importActions("Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,2015\nFrance,CAT,signature,1985-02\n");
        importActions("Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,2015-02-05\nChile,CAT,ratification,1988\n");
        token = Editors.editor("codebook-test");
    }

    @AfterAll
    void clear() {
        ImportedData.clear();
    }

    @Test
    void theCodebookIsServedAndOnTheClasspathAsTheCodeWritesIt() throws IOException {
        String served = given().filter(Contract.FILTER).get("/api/v1/codebook").then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        assertEquals(Codebook.markdown(), served);
        try (var onClasspath = getClass().getClassLoader().getResourceAsStream(Codebook.FILE)) {
            assertTrue(onClasspath != null, Codebook.FILE + " is on the classpath");
            assertEquals(served, new String(onClasspath.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCodebookHasEveryExportTheContractOffersAndNoOther() throws IOException {
        Set<String> codebook = new TreeSet<>(Codebook.EXPORTS.stream().map(Export::path).toList());
        assertEquals(contractExports(), codebook);
    }

    @Test
    void everyExportReadsStrictlyAsItsCodebookEntrySays() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String template : contractExports()) {
            Export export = Codebook.export(template).orElseThrow();
            String url = template;
            for (var value : VALUES.entrySet()) {
                url = url.replace(value.getKey(), value.getValue());
            }
            url = url.replace("{id}", idFor(template));
            if (template.equals("/api/v1/upr/stats")) {
                check(export, url, List.of());
                for (String key : export.leading().keySet()) {
                    check(export, url + "?group_by=" + key, List.of(key));
                }
                check(export, url + "?group_by=theme,state,response", List.of("theme", "state", "response"));
            } else {
                check(export, url, List.of());
            }
            checked.add(template);
        }
        assertTrue(checked.size() >= 19, checked.toString());
    }

    private void check(Export export, String url, List<String> keys) {
        Response csv = given().header("Authorization", "Bearer " + token).get(url + (url.contains("?") ? "&" : "?") + "format=csv");
        assertEquals(200, csv.statusCode(), url + ": " + csv.asString());
        List<List<StrictCsv.Cell>> rows = StrictCsv.read(new String(csv.asByteArray(), StandardCharsets.UTF_8));
        List<ExportColumn> columns = export.columnsFor(keys);
        assertEquals(columns.stream().map(ExportColumn::name).toList(), rows.get(0).stream().map(StrictCsv.Cell::text).toList(),
                url + ": the header is the codebook's columns, in order");
        // a history is empty until an editor writes: its header is still checked
        assertTrue(rows.size() > 1 || url.endsWith("/history"), url + " has rows to check");
        List<String> names = columns.stream().map(ExportColumn::name).toList();
        for (int r = 1; r < rows.size(); r++) {
            List<StrictCsv.Cell> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                ExportColumn column = columns.get(c);
                StrictCsv.Cell cell = row.get(c);
                String where = url + " row " + r + " column " + column.name() + " '" + cell.text() + "'";
                if (cell.text().isEmpty()) {
                    assertTrue(column.mayBeEmpty(), where + ": empty, where the codebook says never");
                    continue;
                }
                assertTrue(!column.quoted() || cell.quoted(), where + ": the codebook says quoted");
                assertTrue(typed(column.type(), cell.text()), where + ": not a " + column.type().word());
                if (!column.vocabulary().isEmpty()) {
                    List<String> values = column.type() == ColumnType.list ? Arrays.asList(cell.text().split(Pattern.quote(SEPARATOR)))
                            : List.of(cell.text());
                    assertTrue(column.vocabulary().containsAll(values), where + ": not within " + column.vocabulary());
                }
                if (column.type() == ColumnType.date) {
                    String precision = row.get(names.indexOf(column.name() + "_precision")).text();
                    assertEquals(ExportColumn.precisionOf(cell.text()), precision, where + ": its precision column");
                }
                if (column.name().endsWith("_names")) {
                    String codes = row.get(c - 1).text();
                    assertEquals(codes.split(Pattern.quote(SEPARATOR), -1).length, cell.text().split(Pattern.quote(SEPARATOR), -1).length,
                            where + ": a name for each code of " + codes);
                }
            }
        }
    }

    private static boolean typed(ColumnType type, String text) {
        return switch (type) {
            case string, list -> true;
            case integer -> INTEGER.matcher(text).matches();
            case decimal -> DECIMAL.matcher(text).matches();
            case boolean_ -> text.equals("true") || text.equals("false");
            case date -> DATE.matcher(text).matches();
            case datetime -> parsesAsInstant(text);
            case json -> parsesAsJson(text);
        };
    }

    private static boolean parsesAsInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean parsesAsJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node.isContainerNode();
        } catch (IOException e) {
            return false;
        }
    }

    /** The paths of the operations the contract offers as CSV (those that take `format`). */
    private static Set<String> contractExports() throws IOException {
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi.yaml"));
        Set<String> paths = new TreeSet<>();
        for (var path : api.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            String parameters = get == null ? "" : get.path("parameters").toString();
            if (parameters.contains("#/components/parameters/Format") || parameters.contains("#/components/parameters/TableFormat")) {
                paths.add(path.getKey());
            }
        }
        return paths;
    }

    /** An id that names something with rows: a seed article, a seed fact, a recommendation, the newest import. */
    private String idFor(String template) {
        if (template.startsWith("/api/v1/sources/")) {
            return "000_a06249cdaee31e0b";
        }
        if (template.startsWith("/api/v1/imports/")) {
            return String.valueOf(given().header("Authorization", "Bearer " + token).get("/api/v1/imports")
                    .<Integer>path("items[0].id"));
        }
        if (template.startsWith("/api/v1/recommendations/")) {
            return String.valueOf(given().get("/api/v1/recommendations?per_page=1").<Integer>path("items[0].id"));
        }
        return "1";
    }

    private void importActions(String csv) throws IOException {
        Path file = Files.writeString(Files.createTempFile("codebook-actions", ".csv"), csv, StandardCharsets.UTF_8);
        ImportResult result = ratifications.run(new ImportRequest("ratifications", file, ACTIONS, StandardCharsets.UTF_8,
                "codebook-test"));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        Files.delete(file);
    }
}
