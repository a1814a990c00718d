package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A client that asks to upgrade plain HTTP to HTTP/2 (Java's default) gets the application's answers, writes included. */
@QuarkusTest
class CleartextUpgradeTest {

    @TestHTTPResource("/api/v1/sources")
    URI sources;

    private final HttpClient http2First = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @Test
    void aWriteWithABodyIsAnsweredByTheApplication() throws Exception {
        HttpResponse<String> answer = http2First.send(HttpRequest.newBuilder(sources).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"language\":\"en\",\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.headers().toString());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
    }

    @Test
    void aReadIsAnsweredToo() throws Exception {
        HttpResponse<String> answer = http2First.send(HttpRequest.newBuilder(sources).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().startsWith("{\"items\":"), answer.body());
    }
}
