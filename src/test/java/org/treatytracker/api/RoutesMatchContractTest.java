package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.web.ResourceParameters;
import org.treatytracker.web.ResourceParameters.Read;
import org.treatytracker.web.RouteTable;

/**
 * The code and the published contract name the same operations, with the same parameters (each one
 * the code reads is documented on its operation, by name and place, and each one documented is read),
 * and type what arrives in paths and dates the way the server checks it: what the contract's pattern
 * takes, the server takes, and what it refuses, the server answers with a 400. The contract is read
 * with its $refs resolved, as its readers see it.
 */
@QuarkusTest
class RoutesMatchContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Inject
    RouteTable routes;

    private JsonNode api;

    @BeforeEach
    void readTheContract() throws IOException {
        JsonNode written = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi.yaml"));
        api = resolved(written, written, new ArrayDeque<>());
    }

    @Test
    void everyServedOperationIsInTheContractAndEveryContractOperationIsServed() {
        Set<String> served = new TreeSet<>();
        for (RouteTable.Route route : apiRoutes()) {
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
    void everyParameterTheCodeReadsIsDocumentedOnItsOperationAndEveryDocumentedOneIsRead() {
        Map<String, Set<Read>> read = readByTheCode();
        Set<String> operations = new TreeSet<>();
        apiRoutes().forEach(route -> route.methods().forEach(method -> operations.add(method + " " + route.template())));
        assertEquals(operations, read.keySet(), "the operations whose parameters were read (actual) against the route table's");

        List<String> mismatches = new ArrayList<>();
        read.forEach((operation, inCode) -> {
            String[] methodAndPath = operation.split(" ", 2);
            JsonNode published = api.get("paths").path(methodAndPath[1]);
            Set<Read> documented = documented(published, published.path(methodAndPath[0].toLowerCase(Locale.ROOT)));
            Matcher variables = TEMPLATE_VARIABLE.matcher(methodAndPath[1]);
            while (variables.find()) {
                if (!inCode.contains(Read.of("path", variables.group(1)))) {
                    mismatches.add(operation + ": the path's {" + variables.group(1) + "} is not read by the code");
                }
            }
            inCode.stream().filter(r -> r.in().equals("path") && !methodAndPath[1].contains("{" + r.name() + "}"))
                    .forEach(r -> mismatches.add(operation + ": the code reads " + r + ", which its path does not have"));
            inCode.stream().filter(r -> !documented.contains(r))
                    .forEach(r -> mismatches.add(operation + ": " + r + " is read by the code, not in openapi.yaml"));
            documented.stream().filter(r -> !inCode.contains(r))
                    .forEach(r -> mismatches.add(operation + ": " + r + " is in openapi.yaml, not read by the code"));
        });
        assertEquals(List.of(), mismatches, "parameters of the code and of openapi.yaml");
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

    /** The API's routes: the pages for people (HTML, outside /api) are not part of the contract. */
    private List<RouteTable.Route> apiRoutes() {
        return routes.routes().stream().filter(route -> route.template().startsWith("/api/")).toList();
    }

    /**
     * What each served operation ("GET /api/v1/states") reads, from the resources' annotations (the
     * CDI beans with {@code @Path}, as RouteTable reads them).
     */
    private static Map<String, Set<Read>> readByTheCode() {
        Map<String, Set<Read>> read = new TreeMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            if (!resource.isAnnotationPresent(Path.class) || !resource.getAnnotation(Path.class).value().startsWith("/api/")) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (verb != null) {
                        String operation = verb.value() + " " + ResourceParameters.template(resource, method);
                        read.put(operation, new TreeSet<>(ResourceParameters.of(resource, method)));
                    }
                }
            }
        }
        return read;
    }

    /** The parameters the contract gives an operation: its path's, and its own, which replace a path's of the same name and place. */
    private static Set<Read> documented(JsonNode path, JsonNode operation) {
        Map<String, Read> byPlace = new TreeMap<>();
        for (JsonNode parameter : path.path("parameters")) {
            Read r = Read.of(parameter.get("in").asText(), parameter.get("name").asText());
            byPlace.put(r.toString(), r);
        }
        for (JsonNode parameter : operation.path("parameters")) {
            Read r = Read.of(parameter.get("in").asText(), parameter.get("name").asText());
            byPlace.put(r.toString(), r);
        }
        return new TreeSet<>(byPlace.values());
    }

    private JsonNode parameter(String name) {
        return api.get("components").get("parameters").get(name);
    }

    private List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        return parameters;
    }

    /** The document with every local $ref replaced by what it names (none of the contract's is recursive). */
    private static JsonNode resolved(JsonNode node, JsonNode root, Deque<String> following) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), "a local reference: " + ref);
            assertFalse(following.contains(ref), "a recursive reference: " + following + " then " + ref);
            JsonNode target = root.at(ref.substring(1));
            assertFalse(target.isMissingNode(), "openapi.yaml has what " + ref + " names");
            following.push(ref);
            JsonNode resolved = resolved(target, root, following);
            following.pop();
            return resolved;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(member -> copy.set(member.getKey(), resolved(member.getValue(), root, following)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolved(element, root, following)));
            return copy;
        }
        return node;
    }
}
