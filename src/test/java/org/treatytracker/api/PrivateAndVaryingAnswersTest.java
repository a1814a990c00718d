package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;

/**
 * What a shared cache may keep: public reads, not a read made with credentials (the audit log, or
 * any read an editor makes); and every answer says it varies with Origin, since CORS echoes it.
 */
@QuarkusTest
class PrivateAndVaryingAnswersTest {

    @Test
    void theAuditLogIsPrivateAndNeverStored() {
        given().filter(Contract.FILTER).header("Authorization", "Bearer " + Editors.editor("cache-test"))
                .get("/api/v1/audit").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void aPublicReadMadeWithCredentialsIsPrivateWithoutThemPublic() {
        given().header("Authorization", "Bearer " + Editors.editor("cache-test")).get("/api/v1/treaties").then()
                .statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        given().header("Authorization", "Bearer " + Editors.editor("cache-test"))
                .get("/api/v1/sources/000_a06249cdaee31e0b/text").then()
                .statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        given().get("/api/v1/treaties").then().statusCode(200).header("Cache-Control", startsWith("public, max-age="));
    }

    @Test
    void answersErrorsAndPreflightsVaryWithOrigin() {
        given().header("Origin", "https://dashboard.example").get("/api/v1/treaties").then().statusCode(200)
                .header("Vary", containsString("Origin")).header("Vary", containsString("Accept"));
        given().get("/api/v1/treaties").then().header("Vary", containsString("Origin"));
        given().header("Origin", "null").get("/api/v1/states/ZZZ").then().statusCode(404)
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/treaties").then().header("Vary", containsString("Origin"));
    }
}
