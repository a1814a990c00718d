package org.treatytracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RatificationImporter;
import org.treatytracker.support.CsvRows;
import org.treatytracker.support.Editors;
import org.treatytracker.support.ImportedData;
import org.treatytracker.support.UprTestData;

/**
 * Every list the contract offers as CSV, asked for as CSV: the whole selection (as many rows as the
 * JSON's total, with a page size of one), a header row, an ETag that revalidates to a 304, no Link;
 * and an empty selection still has its header, the same one.
 */
@QuarkusTest
class ListCsvTest {

    /** Path values that name something in the seeded database. */
    private static final Map<String, String> VALUES = Map.of("{iso3}", "VNM", "{code}", "CAT");

    /**
     * For each list, a filter that selects nothing, to check the header of an empty CSV: a value that
     * exists (one that names nothing is a 404). The imports have none: their one filter, a dataset,
     * exists only once it has imports.
     */
    private static final Map<String, String> NOTHING = Map.of(
            "/api/v1/audit", "since=2999-01-01",
            "/api/v1/recommendations", "q=zzzznothingmatcheszzzz",
            "/api/v1/figures", "subject=FRA",
            "/api/v1/imports/{id}/changes", "change=removed");

    private static final Mapping ACTIONS = new Mapping(null, null, null, null, null, null, null)
            .withColumns(List.of("party=Participant", "treaty=Treaty", "action=Action", "date=Date"));

    @Inject
    RatificationImporter importer;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
        UprTestData.clear();
    }

    @Test
    void everyListsCsvIsTheWholeSelectionWithItsHeader() throws IOException {
        // Two exports of one dataset, so that the second import lists changes (more than a page of one).
        importActions("Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,2015\nFrance,CAT,ratification,1986\n");
        importActions("Participant,Treaty,Action,Date\nViet Nam,CAT,ratification,2015-02-05\nFrance,CAT,ratification,1986-02-18\n"
                + "Chile,CAT,ratification,1988\n");
        // A recommendation, whose history (empty: it was not written through the API) is a list too.
        UprTestData.recommendation(UprTestData.review("FRA", 1, null), "Ratify the Optional Protocol to CAT.", "en",
                "supported", List.of("DNK"), List.of("Torture"));
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi.yaml"));
        List<String> checked = new ArrayList<>();
        String token = Editors.editor("csv-test");
        for (var path : api.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !get.path("parameters").toString().contains("#/components/parameters/Format")) {
                continue;
            }
            String template = path.getKey();
            String url = template;
            for (var value : VALUES.entrySet()) {
                url = url.replace(value.getKey(), value.getValue());
            }
            url = url.replace("{id}", idFor(template, token));
            Response json = request(token).get(url + (url.contains("?") ? "&" : "?") + "per_page=1");
            assertEquals(200, json.statusCode(), url + ": " + json.asString());
            Integer total = json.path("total");
            Response csv = request(token).get(url + (url.contains("?") ? "&" : "?") + "format=csv&per_page=1");
            assertEquals(200, csv.statusCode(), url + " as CSV: " + csv.asString());
            assertTrue(csv.contentType().startsWith("text/csv"), url);
            assertNotNull(csv.header("ETag"), url + " as CSV has an ETag");
            assertEquals(304, request(token).header("If-None-Match", csv.header("ETag"))
                    .get(url + (url.contains("?") ? "&" : "?") + "format=csv&per_page=1").statusCode(), url + " as CSV revalidates");
            assertNull(csv.header("Link"), url + " as CSV is the whole list: no page links");
            Response accepted = request(token).accept("text/csv").get(url + (url.contains("?") ? "&" : "?") + "per_page=1");
            assertEquals(200, accepted.statusCode(), url + " with Accept: text/csv: " + accepted.asString());
            assertEquals(csv.asString(), accepted.asString(), url + ": Accept: text/csv gives what format=csv gives");
            List<List<String>> rows = CsvRows.of(csv.asString());
            assertFalse(rows.isEmpty() || rows.get(0).isEmpty(), url + " as CSV has a header row");
            if (total != null) {
                assertEquals(total.intValue(), rows.size() - 1, url + ": the CSV holds every item of the selection");
            }
            String nothing = NOTHING.get(template);
            if (nothing != null) {
                Response empty = request(token).get(url + (url.contains("?") ? "&" : "?") + nothing + "&format=csv");
                assertEquals(200, empty.statusCode(), url + "?" + nothing + ": " + empty.asString());
                List<List<String>> emptyRows = CsvRows.of(empty.asString());
                assertEquals(1, emptyRows.size(), url + "?" + nothing + " as CSV: the header alone: " + empty.asString());
                assertEquals(rows.get(0), emptyRows.get(0), url + ": the same header, empty or not");
            }
            checked.add(template);
        }
        assertTrue(checked.size() >= 10, "the lists offered as CSV: " + checked);
        assertTrue(checked.containsAll(NOTHING.keySet()), "every empty selection was tried: " + checked);
    }

    private static io.restassured.specification.RequestSpecification request(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** An id that names something: a seed article, a seed fact, the first recommendation, the newest import (the fixture's second). */
    private static String idFor(String template, String token) {
        if (template.startsWith("/api/v1/sources/")) {
            return "000_a06249cdaee31e0b";
        }
        if (template.startsWith("/api/v1/imports/")) {
            return String.valueOf(request(token).get("/api/v1/imports").<Integer>path("items[0].id"));
        }
        if (template.startsWith("/api/v1/recommendations/")) {
            return String.valueOf(request(token).get("/api/v1/recommendations?per_page=1").<Integer>path("items[0].id"));
        }
        return "1";
    }

    private void importActions(String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("csv-test-actions.csv"), csv, StandardCharsets.UTF_8);
        ImportResult result = importer.run(new ImportRequest("ratifications", file, ACTIONS, StandardCharsets.UTF_8, "csv-test"));
        assertEquals("imported", result.status(), () -> result.problems().toString());
    }
}
