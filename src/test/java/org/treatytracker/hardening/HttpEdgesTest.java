package org.treatytracker.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Editors;

/**
 * What the HTTP layer answers before a resource runs, tried with requests no HTTP client library
 * sends (trailers, doubtful framing) over a raw socket, and with the headers that pick methods and
 * types. Each answer is problem+json, never a 500.
 */
@QuarkusTest
class HttpEdgesTest {

    /** A seed fact: any write to it is a 409, once its body has been read. */
    private static final String SEED_FACT = "/api/v1/facts/1";

    @Test
    void aChunkedWriteWithTrailerFieldsIsRead() throws IOException {
        String etag = given().get(SEED_FACT).then().statusCode(200).extract().header("ETag");
        String body = "{\"note\":\"x\"}";
        RawHttp.Reply answer = answer("PATCH " + SEED_FACT + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + Editors.editor("edges")
                + "\r\nIf-Match: " + etag + "\r\nContent-Type: application/merge-patch+json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\nX-Checksum: abc\r\n\r\n");
        assertTrue(answer.statusLine().startsWith("HTTP/1.1 409"), answer.text());
        assertTrue(answer.text().contains("seed files"), answer.text());
    }

    @Test
    void anEmptyWriteBodyIsAnsweredAtOnce() throws IOException {
        for (String framing : new String[] {"Content-Length: 0", "Transfer-Encoding: chunked"}) {
            RawHttp.Reply answer = answer("POST /api/v1/claims HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + Editors.editor("edges")
                    + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n"
                    + (framing.startsWith("Transfer") ? "0\r\n\r\n" : ""));
            assertTrue(answer.statusLine().startsWith("HTTP/1.1 400"), framing + ": " + answer.text());
        }
        RawHttp.Reply none = answer("DELETE /api/v1/facts/1 HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + Editors.editor("edges")
                + "\r\nIf-Match: \"v0\"\r\n\r\n");
        assertTrue(none.statusLine().startsWith("HTTP/1.1 409"), none.text());
    }

    @Test
    void doubtfulFramingIsRefusedAndTheConnectionClosed() throws IOException {
        for (String encoding : new String[] {"chunked, identity", "xchunked", "identity", "gzip, chunked"}) {
            RawHttp.Reply answer = send("POST /api/v1/claims HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: " + encoding + "\r\n\r\n0\r\n\r\n");
            assertTrue(answer.statusLine().startsWith("HTTP/1.1 400"), encoding + ": " + answer.text());
            assertTrue(answer.text().contains("application/problem+json"), answer.text());
            assertTrue(answer.text().contains("Transfer-Encoding"), answer.text());
            assertTrue(answer.closed(), encoding + ": the connection stays open");
        }
    }

    @Test
    void aChunkedBodyPastTheLimitIsAProblem() throws IOException {
        StringBuilder request = new StringBuilder("POST /api/v1/claims HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer ")
                .append(Editors.editor("edges")).append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "a".repeat(64 * 1024);
        for (int sent = 0; sent <= 2 * 1024 * 1024; sent += chunk.length()) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        RawHttp.Reply answer = answer(request.toString());
        assertTrue(answer.statusLine().startsWith("HTTP/1.1 413"), answer.statusLine());
        assertTrue(answer.text().contains("\"title\":\"Content Too Large\""), answer.text());
    }

    @Test
    void aReasonOfTheLongestLengthFitsTheRequestLine() {
        // 1000 characters of three UTF-8 bytes each, percent-encoded: 9000 bytes, past the default 4096.
        String etag = given().get(SEED_FACT).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", "Bearer " + Editors.editor("edges")).header("If-Match", etag)
                .queryParam("reason", "中".repeat(1000))
                .delete(SEED_FACT).then().statusCode(409).contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Bearer " + Editors.editor("edges")).header("If-Match", etag)
                .queryParam("reason", "中".repeat(1001))
                .delete(SEED_FACT).then().statusCode(400).body("detail", containsString("1000"));
    }

    @Test
    void aMethodNotServedListsThoseThatAre() {
        given().put("/api/v1/treaties").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("PUT"));
        given().put("/api/v1/facts/1/history").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void optionsListsTheMethodsOfThatPathOnly() {
        given().options("/api/v1/facts/1/history").then().statusCode(204).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().options("/api/v1/recommendations/1/history").then().statusCode(204).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().options("/api/v1/facts/1").then().statusCode(204).header("Allow", equalTo("GET, HEAD, PATCH, DELETE, OPTIONS"));
        given().options("/api/v1/facts/1/citations").then().statusCode(204).header("Allow", equalTo("POST, OPTIONS"));
        given().options("/api/v1/nowhere").then().statusCode(404);
    }

    @Test
    void aTypeRefusedWithQualityZeroIsNotSent() {
        given().header("Accept", "application/json;q=0").get("/api/v1/treaties").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        given().header("Accept", "application/json;q=0, */*").get("/api/v1/treaties").then().statusCode(406);
        given().header("Accept", "application/json;q=0.5").get("/api/v1/treaties").then().statusCode(200)
                .contentType(not(containsString("q=")));
    }

    @Test
    void aBodyIsReadInTheCharsetItDeclares() {
        String body = "{\"kind\":\"reported_figure\",\"subject\":\"é\",\"unknown_é\":1}";
        for (String charset : new String[] {"utf-16", "ISO-8859-1", "UTF-8"}) {
            given().header("Authorization", "Bearer " + Editors.editor("edges"))
                    .contentType("application/json; charset=" + charset).body(body.getBytes(java.nio.charset.Charset.forName(charset)))
                    .post("/api/v1/claims").then().statusCode(400).body("detail", containsString("unknown field 'unknown_é'"));
        }
        given().header("Authorization", "Bearer " + Editors.editor("edges"))
                .contentType("application/json; charset=x-no-such-charset").body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/claims").then().statusCode(415).body("detail", containsString("x-no-such-charset"));
        given().header("Authorization", "Bearer " + Editors.editor("edges"))
                .contentType("application/json; charset=utf-16").body(new byte[] {'{', '}', 0})
                .post("/api/v1/claims").then().statusCode(400).body("detail", containsString("UTF-16"));
    }

    @Test
    void aNumberOutOfRangeIsNamedWithoutTheServersClasses() {
        given().header("Authorization", "Bearer " + Editors.editor("edges")).contentType("application/json")
                .body("{\"kind\":\"reported_figure\",\"state\":\"VNM\",\"value\":1e-5000000000}")
                .post("/api/v1/claims").then().statusCode(400)
                .body("detail", containsString("'value'"))
                .body("detail", not(containsString("java")));
    }

    @Test
    void swaggerUiNamesTheApiNotTheFramework() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("Treaty Tracker API"))
                .body(not(containsString("Quarkus")));
    }

    private static RawHttp.Reply send(String request) throws IOException {
        return RawHttp.send(RestAssured.port, request, 3000);
    }

    private static RawHttp.Reply answer(String request) throws IOException {
        return RawHttp.sendForAnswer(RestAssured.port, request, 3000);
    }
}
