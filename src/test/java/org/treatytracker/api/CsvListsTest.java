package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatytracker.support.CsvRows;

/** Every list endpoint as CSV: the same rows and the same values as its JSON items, and the CSV's own names and precisions. */
@QuarkusTest
class CsvListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/treaties", "/api/v1/states", "/api/v1/states/VNM/ratifications",
        "/api/v1/states/VNM/upr-reviews", "/api/v1/states/VNM/hrc-memberships", "/api/v1/upr/cycles", "/api/v1/treaty-actions?state=VNM",
        "/api/v1/figures", "/api/v1/sources", "/api/v1/sources/000_a06249cdaee31e0b/claims"})
    void csvAndJsonAgreeRowForRow(String path) throws Exception {
        JsonNode items = JSON.readTree(given().get(path).then().statusCode(200).extract().asString()).get("items");
        String csv = given().accept("text/csv").get(path).then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        String and = path.contains("?") ? "&" : "?";
        assertEquals(csv, given().get(path + and + "format=csv").then().statusCode(200).extract().asString());
        assertEquals(csv, given().get(path + and + "format=csv&per_page=1").then().statusCode(200).extract().asString(),
                "CSV has every item, whatever the page");
        List<List<String>> rows = CsvRows.of(csv);
        assertEquals(items.size() + 1, rows.size(), path);
        List<String> header = rows.get(0);
        for (int i = 0; i < items.size(); i++) {
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                JsonNode value = items.get(i).at("/" + header.get(c).replace('.', '/'));
                // a name beside a code and a precision beside a date are the CSV's own (see the codebook)
                boolean csvOwn = value.isMissingNode() && header.get(c).matches(".*_(name|names|precision)");
                expected.add(csvOwn ? rows.get(i + 1).get(c) : cell(value));
            }
            assertEquals(expected, rows.get(i + 1), path + " row " + i);
        }
    }

    /** What a JSON value looks like in a CSV cell (see web/CsvTable). */
    private static String cell(JsonNode value) throws Exception {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            boolean scalars = true;
            List<String> texts = new ArrayList<>();
            for (JsonNode element : value) {
                scalars &= element.isValueNode();
                texts.add(element.asText());
            }
            return scalars ? String.join(" | ", texts) : JSON.writeValueAsString(value);
        }
        return value.asText();
    }
}
