package org.treatytracker.bulk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.cli.Commands;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RecommendationImporter;
import org.treatytracker.support.Contract;
import org.treatytracker.support.CsvRows;
import org.treatytracker.support.ImportedData;

/**
 * The bulk download with UPR Info's export of sessions 1 to 5 imported (6,094 rows): every CSV in
 * the zip is its endpoint's CSV for the same data version, the metadata counts what the files hold,
 * and the export command writes the same zip.
 */
@QuarkusTest
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkDownloadTest {

    private static final Path UPR_INFO = Path.of("src/test/resources/upr-info/1-5.csv");
    private static final Path UPR_INFO_MAPPING = Path.of("docs/mappings/upr-info.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RecommendationImporter importer;
    @Inject
    Commands commands;

    @TempDir
    Path dir;

    private Response download;
    private Map<String, byte[]> zip;
    private JsonNode metadata;

    @BeforeAll
    void importAndDownload() throws IOException {
        ImportResult result = importer.run(new ImportRequest("upr-recommendations", UPR_INFO, Mapping.read(UPR_INFO_MAPPING),
                Charset.forName("x-MacRoman"), null));
        assertEquals("imported", result.status(), () -> result.problems().toString());
    }

    /** Downloads once, at the first test: RestAssured knows the test port only once tests run. */
    @BeforeEach
    void download() throws IOException {
        if (download == null) {
            download = given().filter(Contract.FILTER).get("/api/v1/bulk");
            download.then().statusCode(200).contentType("application/zip");
            zip = entries(download.asByteArray());
            metadata = JSON.readTree(zip.get("metadata.json"));
        }
    }

    @AfterAll
    void clear() {
        ImportedData.clear();
    }

    @Test
    void theZipNamesItsDataVersionInItsNameHeadersAndMetadata() {
        long version = metadata.get("data_version").asLong();
        assertEquals(String.valueOf(version), download.header("Data-Version"));
        assertEquals("attachment; filename=\"treaty-tracker-data-v" + version + ".zip\"", download.header("Content-Disposition"));
        assertEquals(String.valueOf(version), given().get("/api/v1/treaties").header("Data-Version"),
                "nothing was written since");
        assertEquals("v1", metadata.get("api").asText());
        assertTrue(metadata.get("terms").get("curation").asText().startsWith("CC-BY-4.0"));
        assertTrue(zip.containsKey(BulkExport.CODEBOOK) || zip.containsKey("README.txt"));
    }

    @Test
    void everyCsvIsItsEndpointsCsvAndTheMetadataCountsItsRows() {
        List<String> states = CsvRows.of(text("states.csv")).stream().skip(1).map(row -> row.get(0)).toList();
        assertTrue(states.contains("VNM") && states.size() > 190, "states.csv lists the states: " + states.size());
        assertTrue(metadata.get("files").size() >= 11);
        for (JsonNode file : metadata.get("files")) {
            String name = file.get("name").asText();
            String endpoint = file.get("endpoint").asText();
            byte[] expected = endpoint.contains("{iso3}") ? everyState(endpoint, states) : csv(endpoint);
            assertArrayEquals(expected, zip.get(name), name + " is the CSV of " + endpoint);
            assertEquals(CsvRows.of(text(name)).size() - 1, file.get("rows").asLong(), name + "'s rows");
        }
        long recommendations = given().get("/api/v1/recommendations?per_page=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertTrue(recommendations > 5000, "the UPR Info export is in: " + recommendations);
        assertEquals(recommendations, rowsOf("recommendations.csv"));
    }

    @Test
    void theExportCommandWritesTheSameZip() throws Exception {
        Path file = dir.resolve("export.zip");
        assertEquals(0, commands.execute("export", "--output", file.toString()));
        Map<String, byte[]> exported = entries(Files.readAllBytes(file));
        assertEquals(zip.keySet(), exported.keySet());
        for (String name : zip.keySet()) {
            if (!name.equals("metadata.json")) {
                assertArrayEquals(zip.get(name), exported.get(name), name);
            }
        }
        ObjectNode served = (ObjectNode) metadata.deepCopy();
        ObjectNode written = (ObjectNode) JSON.readTree(exported.get("metadata.json"));
        served.remove("generated_at");
        written.remove("generated_at");
        assertEquals(served, written);
    }

    private long rowsOf(String name) {
        for (JsonNode file : metadata.get("files")) {
            if (file.get("name").asText().equals(name)) {
                return file.get("rows").asLong();
            }
        }
        throw new AssertionError(name + " is not in metadata.json");
    }

    /** Each state's CSV from its endpoint, under the first one's header. */
    private static byte[] everyState(String endpoint, List<String> states) {
        StringBuilder all = new StringBuilder();
        for (String state : states) {
            String csv = new String(csv(endpoint.replace("{iso3}", state)), StandardCharsets.UTF_8);
            int headerEnd = csv.indexOf("\r\n") + 2;
            all.append(all.isEmpty() ? csv : csv.substring(headerEnd));
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(String endpoint) {
        return given().queryParam("format", "csv").get(endpoint).then().statusCode(200).extract().asByteArray();
    }

    private String text(String name) {
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), readAll(in));
            }
        }
        return entries;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
