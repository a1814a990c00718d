package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.web.RouteTable;

/**
 * The code and the published contract name the same operations, and type what arrives in paths and
 * dates the way the server checks it: what the contract's pattern takes, the server takes, and what
 * it refuses, the server answers with a 400.
 */
@QuarkusTest
class RoutesMatchContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Inject
    RouteTable routes;

    private JsonNode api;

    @BeforeEach
    void readTheContract() throws IOException {
        api = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi.yaml"));
    }

    @Test
    void everyServedOperationIsInTheContractAndEveryContractOperationIsServed() {
        Set<String> served = new TreeSet<>();
        for (RouteTable.Route route : routes.routes()) {
            route.methods().forEach(method -> served.add(method + " " + route.template()));
        }
        Set<String> published = new TreeSet<>();
        api.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                published.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertTrue(served.size() > 30, "the route table reads the resources: " + served);
        assertEquals(published, served, "operations in openapi.yaml (expected) against those the code serves (actual)");
    }

    @Test
    void everyPathParameterIsTypedAsTheServerChecksIt() {
        List<String> untyped = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            for (JsonNode parameter : parameters(operation.getValue())) {
                JsonNode schema = parameter.get("schema");
                if (parameter.get("in").asText().equals("path") && !schema.has("pattern")
                        && !schema.path("type").asText().equals("integer")) {
                    untyped.add(operation.getKey() + " " + path.getKey() + " {" + parameter.get("name").asText() + "}");
                }
            }
        }));
        assertEquals(List.of(), untyped, "path parameters with neither a pattern nor an integer type");
    }

    @Test
    void pathCodesTheContractRefusesAreRefusedAndThoseItTakesAreTaken() {
        Pattern iso3 = Pattern.compile(parameter("Iso3").get("schema").get("pattern").asText());
        Pattern code = Pattern.compile(parameter("TreatyCode").get("schema").get("pattern").asText());
        Pattern source = Pattern.compile(parameter("SourceId").get("schema").get("pattern").asText());
        for (String value : List.of("VNM", "vnm", "VN", "VNMM", "V1M", "ÉTA")) {
            int status = given().urlEncodingEnabled(true).get("/api/v1/states/{iso3}/ratifications", value).statusCode();
            assertEquals(iso3.matcher(value).find(), status != 400, "iso3 '" + value + "' answered " + status);
        }
        for (String value : List.of("CAT", "icCPR-op2", "C", "-CAT", "CAT_1", "X".repeat(32), "X".repeat(33))) {
            int status = given().get("/api/v1/treaties/{code}", value).statusCode();
            assertEquals(code.matcher(value).find(), status != 400, "treaty code '" + value + "' answered " + status);
        }
        for (String value : List.of("000_a06249cdaee31e0b", "a.b-c_d", "_x", ".x", "x".repeat(128), "x".repeat(129), "a b")) {
            int status = given().get("/api/v1/sources/{id}", value).statusCode();
            assertEquals(source.matcher(value).find(), status != 400, "source id '" + value + "' answered " + status);
        }
    }

    @Test
    void instantsTheContractRefusesAreRefusedAndThoseItTakesAreTaken() {
        JsonNode history = api.get("paths").get("/api/v1/facts/{id}/history").get("get");
        Pattern instant = null;
        for (JsonNode parameter : parameters(history)) {
            if (parameter.get("name").asText().equals("as_of")) {
                instant = Pattern.compile(parameter.get("schema").get("pattern").asText());
            }
        }
        assertTrue(instant != null, "the history's as_of has a pattern");
        for (String value : List.of("2026-11-23", "2026-11-23T10:15:00Z", "2026-11-23T10:15Z", "2026-11-23T10:15:00.123+02:00",
                "", " 2026-11-23", "2026-11-23 ", "2026-11-23T10:15:00", "2026-11-23T10:15:00+02", "2026-11-23t10:15:00z",
                "20261123", "+2026-11-23", "2026-11-23T10:15:00Z[UTC]")) {
            int status = given().queryParam("as_of", value).get("/api/v1/facts/1/history").statusCode();
            // an empty value is as absent (allowEmptyValue in the contract)
            assertEquals(value.isEmpty() || instant.matcher(value).find(), status == 200, "as_of '" + value + "' answered " + status);
        }
    }

    private JsonNode parameter(String name) {
        return api.get("components").get("parameters").get(name);
    }

    private List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> resolved = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String ref = parameter.path("$ref").asText();
            resolved.add(ref.isEmpty() ? parameter : parameter(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return resolved;
    }
}
