package org.treatytracker.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input on every operation of the published contract, generated from
 * openapi.yaml: for each parameter of each operation, the parameter missing, of the wrong type, at
 * extreme values, and carrying injection strings, the other parameters valid. No answer may be a
 * 5xx, and every error must be problem+json without a stack trace or SQL. The number of requests
 * sent is printed.
 */
@QuarkusTest
class BadInputSuiteTest {

    /** Valid values, by parameter name, so that one parameter at a time is wrong. */
    private static final Map<String, String> VALID = Map.of(
            "iso3", "VNM", "code", "CAT", "id", "000_a06249cdaee31e0b");

    private static final List<String> HOSTILE = List.of(
            "", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "1e309", "NaN", "null", "true",
            "x".repeat(5000), "' OR '1'='1", "1; DROP TABLE facts; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "../../etc/passwd", "${jndi:ldap://example.invalid/a}", "%00", "%", "%zz", "\\", "{}", "[]",
            "Viêt Nam", "\u202Eesrever", "🇻🇳", "e\u0301", "a,b,,c", ",", "VNM,ZZZ,", "2014-02-30", "0000-00-00",
            "csv", "json", "xml");

    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.hibernate", "SQLState", "PSQLException",
            "syntax error at", "java.lang");

    @Test
    void noInputMakesTheServiceFail() throws IOException {
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var path : iterable(api.get("paths").fields())) {
            JsonNode operation = path.getValue().get("get");
            if (operation == null) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            for (JsonNode parameter : iterable(operation.path("parameters").elements())) {
                parameters.add(resolve(api, parameter));
            }
            for (JsonNode target : parameters) {
                List<String> values = new ArrayList<>(HOSTILE);
                if (!"path".equals(target.get("in").asText())) {
                    values.add(null);
                }
                for (String value : values) {
                    requests++;
                    String problem = check(path.getKey(), parameters, target, value);
                    if (problem != null) {
                        failures.add(problem);
                    }
                }
            }
        }
        System.out.println("Bad-input suite: " + requests + " requests, " + failures.size() + " failures");
        assertTrue(requests > 1000, "the suite should send more than a thousand requests, sent " + requests);
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    /** Sends one request with {@code target} set to {@code value} (null: left out); a problem, or null. */
    private static String check(String template, List<JsonNode> parameters, JsonNode target, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        String path = template;
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            String given = parameter == target ? value : VALID.get(name);
            if ("path".equals(parameter.get("in").asText())) {
                path = path.replace("{" + name + "}", encode(given == null ? "" : given));
            } else if (given != null) {
                query.put(name, given);
            }
        }
        Response response = given().urlEncodingEnabled(false).queryParams(encodeAll(query)).get(path);
        int status = response.statusCode();
        String body = response.asString();
        String what = "GET " + template + " " + query.keySet() + " (" + target.get("name").asText() + "=" + shorten(value) + ")";
        if (status == 414 && body.isEmpty()) {
            // Refused by the HTTP decoder for its length (over quarkus.http.limits.max-initial-line-length),
            // before any code of ours runs: a protocol-level answer with no body to shape.
            return null;
        }
        if (status >= 500) {
            return what + " -> " + status + ": " + shorten(body);
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return what + " -> " + status + " as " + response.contentType();
        }
        for (String leak : LEAKS) {
            if (status >= 400 && body.contains(leak)) {
                return what + " -> " + status + " leaks '" + leak + "': " + shorten(body);
            }
        }
        return null;
    }

    private static Map<String, String> encodeAll(Map<String, String> query) {
        Map<String, String> encoded = new LinkedHashMap<>();
        query.forEach((k, v) -> encoded.put(k, encode(v)));
        return encoded;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode resolve(JsonNode api, JsonNode parameter) {
        JsonNode ref = parameter.get("$ref");
        if (ref == null) {
            return parameter;
        }
        JsonNode node = api;
        for (String part : ref.asText().substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    private static String shorten(String text) {
        return text == null ? "(missing)" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
