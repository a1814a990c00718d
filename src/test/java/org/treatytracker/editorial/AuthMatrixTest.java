package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatytracker.support.Editors;

/** Who may write: only a valid, unexpired token from the configured issuer, with the editor role. */
@QuarkusTest
class AuthMatrixTest {

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("anonymous", (Supplier<String>) () -> null, 401),
                Arguments.of("reader token", (Supplier<String>) () -> Editors.reader("rita"), 403),
                Arguments.of("expired editor token", (Supplier<String>) () -> Editors.expiredEditor("ed"), 401),
                Arguments.of("editor token, wrong signature", (Supplier<String>) () -> Editors.editorSignedByAnotherKey("ed"), 401),
                Arguments.of("editor token, other issuer", (Supplier<String>) () -> Editors.editorFromAnotherIssuer("ed"), 401),
                Arguments.of("garbage token", (Supplier<String>) () -> "not.a.jwt", 401),
                Arguments.of("editor token", (Supplier<String>) () -> Editors.editor("edith"), 201));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("callers")
    void onlyEditorsAddSources(String caller, Supplier<String> token, int status) {
        var response = caller(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Auth matrix", "language", "en", "text", "Text for " + caller + " " + System.nanoTime()))
                .post("/api/v1/sources")
                .then().statusCode(status);
        if (status == 401) {
            response.contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        } else if (status == 403) {
            response.contentType("application/problem+json").body("status", equalTo(403));
        }
    }

    @ParameterizedTest(name = "{0} → audit {2}")
    @MethodSource("callers")
    void onlyEditorsReadTheAuditLog(String caller, Supplier<String> token, int writeStatus) {
        caller(token).get("/api/v1/audit").then().statusCode(writeStatus == 201 ? 200 : writeStatus);
    }

    @Test
    void writesToFactsAndCitationsNeedTheEditorRoleToo() {
        String reader = Editors.reader("rita");
        Articles.off().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Map.of("kind", "treaty_action", "citations", List.of()))
                .post("/api/v1/claims").then().statusCode(403);
        as(reader).header("If-Match", "\"v0\"").delete("/api/v1/facts/1").then().statusCode(403);
        Articles.off().header("If-Match", "\"v0\"").contentType("application/merge-patch+json").body("{}")
                .patch("/api/v1/citations/1").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} → recommendation writes {2}")
    @MethodSource("callers")
    void onlyEditorsWriteRecommendations(String caller, Supplier<String> token, int status) {
        String editor = Editors.editor("edith");
        String source = Articles.add("Le Danemark a recommandé à l'Islande de « protéger les lanceurs d'alerte ».");
        long review = Articles.editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "upr_review", "state", "ISL", "cycle", 4,
                        "citations", List.of(Map.of("source", source, "quote", "l'Islande"))))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> claim = Map.of("kind", "upr_recommendation", "review", review,
                "text", "Protéger les lanceurs d'alerte", "language", "fr",
                "citations", List.of(Map.of("source", source, "quote", "protéger les lanceurs d'alerte")));
        long recommendation = as(editor).contentType(ContentType.JSON).body(claim).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var added = caller(token).contentType(ContentType.JSON).body(claim).post("/api/v1/claims");
        added.then().statusCode(status);
        boolean editorCalls = status == 201;
        caller(token).header("If-Match", "\"v0\"").contentType("application/merge-patch+json")
                .body("{\"response\":\"noted\"}")
                .patch("/api/v1/recommendations/" + recommendation).then().statusCode(editorCalls ? 200 : status);
        caller(token).header("If-Match", editorCalls ? "\"v1\"" : "\"v0\"")
                .delete("/api/v1/recommendations/" + recommendation).then().statusCode(editorCalls ? 204 : status);
        // What this test added leaves the statistics other tests read.
        long other = editorCalls ? added.jsonPath().getLong("id") : recommendation;
        as(editor).header("If-Match", "\"v0\"").delete("/api/v1/recommendations/" + other).then().statusCode(204);
        as(editor).header("If-Match", Articles.etag(review)).delete("/api/v1/facts/" + review).then().statusCode(204);
    }

    /** Requests as this caller; only the answers are checked against the contract (some send no token on purpose). */
    private static RequestSpecification caller(Supplier<String> token) {
        String value = token.get();
        return value == null ? Articles.off() : Articles.off().header("Authorization", "Bearer " + value);
    }

    @Test
    void readsStayPublicEvenWithABadToken() {
        as(Editors.expiredEditor("ed")).get("/api/v1/treaties/CAT").then().statusCode(200);
        as("not.a.jwt").get("/api/v1/facts/1").then().statusCode(200);
    }
}
