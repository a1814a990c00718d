package org.treatytracker.editorial;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;

/** Requests the write-API tests share: an editor's requests, and a fresh article to cite. */
final class Articles {

    private Articles() {
    }

    static RequestSpecification api() {
        return given().filter(Contract.FILTER);
    }

    /** For requests that break the contract on purpose: only the answer is checked against it. */
    static RequestSpecification off() {
        return given().filter(Contract.RESPONSES);
    }

    static RequestSpecification editorOff() {
        return off().header("Authorization", "Bearer " + Editors.editor("test-editor"));
    }

    static RequestSpecification as(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    static RequestSpecification editor() {
        return as(Editors.editor("test-editor"));
    }

    /** Stores {@code text} (made unique with a marker line, so no two tests collide) and returns the source id. */
    static String add(String text) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Test article", "language", "fr", "published_on", "2026-11",
                        "text", text + "\n[" + UUID.randomUUID() + "]"))
                .post("/api/v1/sources")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A treaty action claim citing {@code quote} in {@code source}; returns its fact id. */
    static long claim(String source, String party, String treaty, String quote) {
        Number id = editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "treaty_action", "party", party, "treaty", treaty, "action", "ratification",
                        "citations", List.of(Map.of("source", source, "quote", quote))))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    static String etag(long fact) {
        return api().get("/api/v1/facts/" + fact).then().statusCode(200).extract().header("ETag");
    }
}
