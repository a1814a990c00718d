package org.treatytracker.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Editors;

/** A service started before its key pair exists: reads work, writes say why they cannot be taken. */
@QuarkusTest
@Tag("slow")
@TestProfile(WithoutKeyOwnBootTest.NoKeyFile.class)
class WithoutKeyOwnBootTest {

    public static class NoKeyFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "target/no-such-folder/editor-public.pem");
        }
    }

    @Test
    void readsAreServedAndWritesAre503WithTheReason() {
        given().get("/api/v1/treaties/CAT").then().statusCode(200);
        given().header("Authorization", "Bearer " + Editors.editor("edith")).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "language", "fr", "text", "x"))
                .post("/api/v1/sources")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("target/no-such-folder/editor-public.pem"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/claims").then().statusCode(503);
    }
}
