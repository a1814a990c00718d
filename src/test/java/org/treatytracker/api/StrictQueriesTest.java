package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;
import org.treatytracker.support.UprTestData;
import org.treatytracker.web.Problem;

/**
 * Every operation takes the query parameters openapi.yaml documents for it and no other: each
 * operation of the contract is sent one it does not take (so a new operation is covered as soon as it
 * is published), and must answer a 400 that names it and lists the ones it takes, which must be
 * exactly the documented ones. Also: a parameter given twice, the form a single resource lacks, HEAD,
 * OPTIONS and the CORS preflight.
 */
@QuarkusTest
class StrictQueriesTest {

    private static final String SEED_ARTICLE = "000_a06249cdaee31e0b";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final String UNKNOWN = "zz_not_a_parameter";

    private JsonNode api;
    private String recommendation;
    private String importId;

    @BeforeEach
    void readTheContract() throws IOException {
        api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        long review = UprTestData.review("FRA", 1, null);
        recommendation = String.valueOf(UprTestData.recommendation(review, "Ratify the Convention.", "en", "supported",
                List.of("CHL"), List.of("treaties")));
        String anImport = given().get("/api/v1/imports?per_page=1").jsonPath().getString("items[0].id");
        importId = anImport == null ? "1" : anImport;
    }

    @AfterEach
    void removeTheTestData() {
        UprTestData.clear();
    }

    @Test
    void everyOperationRefusesAnUnknownParameterNamingItAndTheDocumentedOnes() {
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            for (var operation : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                Set<String> documented = queryParameters(path.getValue(), operation.getValue());
                RequestSpecification request = editor().filter(Contract.RESPONSES).queryParam(UNKNOWN, "1");
                if (operation.getValue().has("requestBody")) {
                    // A body of a type the operation takes, so that the request reaches it.
                    request.contentType(operation.getValue().at("/requestBody/content").fieldNames().next()).body("{}");
                }
                Response answer = request.request(method, concrete(path.getKey()));
                String detail = answer.statusCode() == 400 ? answer.jsonPath().getString("detail") : "";
                String expected = "Unknown query parameter '" + UNKNOWN + "': " + method + " " + path.getKey()
                        + (documented.isEmpty() ? " takes no query parameters." : " takes " + String.join(", ", documented) + ".");
                if (answer.statusCode() != 400 || !Problem.MEDIA_TYPE.equals(answer.contentType())
                        || !detail.startsWith(expected)) {
                    wrong.add(method + " " + path.getKey() + " answered " + answer.statusCode() + " " + detail
                            + " (expected: " + expected + ")");
                }
            }
        }
        assertTrue(operations > 30, "the contract's operations were read: " + operations);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReportedSymptomsAreRefused() {
        given().filter(Contract.RESPONSES).get("/api/v1/recommendations?country=VNM&Session=5").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Unknown query parameters 'Session', 'country': GET /api/v1/recommendations takes"
                        + " action_category, bom, cycle, format, page, per_page, q, recommending_regional_group, recommending_state,"
                        + " regional_group, response, review, session, state, theme."))
                .body("instance", equalTo("/api/v1/recommendations"));
        given().filter(Contract.RESPONSES).get("/api/v1/ratifications/matrix?per_page=10").then()
                .statusCode(400)
                .body("detail", equalTo("Unknown query parameter 'per_page': GET /api/v1/ratifications/matrix takes as_of, bom,"
                        + " format, regional_group, states, treaties, un_status. It is not paged: it answers the whole selection."));
    }

    @Test
    void headIsRefusedAsGetIsWithoutABody() {
        given().head("/api/v1/states?" + UNKNOWN + "=1").then().statusCode(400).body(emptyString());
        given().head("/api/v1/states?page=1").then().statusCode(200);
    }

    @Test
    void optionsAndTheCorsPreflightDescribeThePathWhateverTheQuery() {
        given().options("/api/v1/states?" + UNKNOWN + "=1").then().statusCode(204)
                .header("Allow", "GET, HEAD, OPTIONS");
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/states?" + UNKNOWN + "=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/coverage?state=VNM&state=FRA",
        "/api/v1/recommendations?state=VNM&state=FRA",
        "/api/v1/upr/stats?group_by=cycle&group_by=state",
        "/api/v1/states?page=1&page=2",
        "/api/v1/states/VNM?format=json&format=json",
        "/api/v1/states?format=csv&format=json"})
    void aParameterGivenTwiceThatTakesOneValueIsRefused(String request) {
        String name = request.replaceFirst(".*\\?", "").replaceFirst("=.*", "");
        given().filter(Contract.RESPONSES).get(request).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Query parameter '" + name + "' is given 2 times; it takes one value."));
    }

    @Test
    void theMatrixListsMayBeRepeated() {
        given().filter(Contract.RESPONSES).get("/api/v1/ratifications/matrix?states=VNM&states=FRA&treaties=CAT").then()
                .statusCode(200).body("states", equalTo(List.of("VNM", "FRA"))).body("items", hasSize(2));
        assertEquals(given().get("/api/v1/ratifications/matrix?states=VNM,FRA&treaties=CAT").body().asString(),
                given().get("/api/v1/ratifications/matrix?states=VNM&states=FRA&treaties=CAT").body().asString());
    }

    @Test
    void aSingleResourceRefusesCsvWith406AndTakesJson() {
        List<String> wrong = new ArrayList<>();
        int served = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !documentsSingleFormat(get)) {
                continue;
            }
            String concrete = concrete(path.getKey());
            // A resource that is not JSON (a stored text, the bulk zip) has no form format names.
            boolean notJson = !get.at("/responses/200/content").has("application/json");
            expect(wrong, concrete + "?format=csv", null, 406);
            expect(wrong, concrete, "text/csv", 406);
            expect(wrong, concrete + "?format=xml", null, 400);
            // The form the resource has is taken, where the resource exists in the test data.
            if (editor().get(concrete).statusCode() == 200) {
                served++;
                expect(wrong, concrete + "?format=json", null, notJson ? 406 : 200);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(served >= 7, "single resources found: " + served);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/recommendations?theme=torture       | No recommendation is filed under theme 'torture'.
            /api/v1/upr/stats?theme=torture             | No recommendation is filed under theme 'torture'.
            /api/v1/upr/stats?session=999               | No UPR Working Group session 999 in the UPR calendar or in any review.
            /api/v1/recommendations?session=999         | No UPR Working Group session 999 in the UPR calendar or in any review.
            /api/v1/recommendations?review=99999999     | No UPR review 99999999.
            /api/v1/recommendations?state=ZZZ           | No state with ISO 3166-1 alpha-3 code 'ZZZ'.
            /api/v1/ratifications/matrix?treaties=NOPE  | No treaty with code 'NOPE'.
            /api/v1/coverage?treaty=NOPE                | No treaty with code 'NOPE'.
            /api/v1/imports?dataset=no-such-dataset     | No import of dataset 'no-such-dataset'.
            /api/v1/audit?actor=nobody-at-all           | The audit log has no entry by actor 'nobody-at-all'.
            /api/v1/audit?target_kind=source&target_id=nope | The audit log has no entry for source 'nope'.
            /api/v1/audit?fact_id=99999999              | No fact 99999999.
            """)
    void aFilterValueThatNamesNothingIsA404NamingIt(String request, String detail) {
        editor().filter(Contract.FILTER).get(request).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo(detail));
    }

    @Test
    void aFilterValueThatExistsButSelectsNothingIsAnEmptyAnswer() {
        given().filter(Contract.FILTER).get("/api/v1/upr/stats?state=VNM&theme=treaties").then().statusCode(200)
                .body("items", hasSize(0));
        given().filter(Contract.FILTER).get("/api/v1/recommendations?state=AND&cycle=1").then().statusCode(200)
                .body("total", equalTo(0));
        given().filter(Contract.FILTER).get("/api/v1/recommendations?theme=treaties&recommending_state=FRA").then()
                .statusCode(200).body("total", equalTo(0));
        editor().filter(Contract.FILTER).get("/api/v1/audit?actor=seed-loader&since=2999-01-01").then().statusCode(200)
                .body("total", equalTo(0));
    }

    private void expect(List<String> wrong, String request, String accept, int status) {
        RequestSpecification spec = editor().filter(Contract.RESPONSES);
        if (accept != null) {
            spec.accept(accept);
        }
        Response answer = spec.get(request);
        boolean problem = status == 200 || Problem.MEDIA_TYPE.equals(answer.contentType());
        if (answer.statusCode() != status || !problem) {
            wrong.add("GET " + request + (accept == null ? "" : " Accept: " + accept) + " answered " + answer.statusCode()
                    + " " + answer.contentType() + " " + answer.body().asString() + " (expected " + status + ")");
        }
    }

    private static boolean documentsSingleFormat(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("$ref").asText().endsWith("/SingleFormat")) {
                return true;
            }
        }
        return false;
    }

    /** The documented query parameters of an operation, resolving the contract's parameter references. */
    private Set<String> queryParameters(JsonNode path, JsonNode operation) {
        Set<String> names = new TreeSet<>();
        for (JsonNode list : List.of(path.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = parameter.has("$ref") ? api.at(parameter.get("$ref").asText().substring(1)) : parameter;
                if (resolved.get("in").asText().equals("query")) {
                    names.add(resolved.get("name").asText());
                }
            }
        }
        return names;
    }

    /** A path of the template with ids that exist: a stored article, an imported recommendation, an import, fact 1. */
    private String concrete(String template) {
        return template.replace("{iso3}", "VNM").replace("{code}", "CAT")
                .replace("/sources/{id}", "/sources/" + SEED_ARTICLE)
                .replace("/recommendations/{id}", "/recommendations/" + recommendation)
                .replace("/imports/{id}", "/imports/" + importId).replace("{id}", "1");
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + Editors.editor("strict-queries"));
    }
}
