package org.treatytracker.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.auth.Roles;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;

/**
 * Tokens signed with the service's own key, whose claims are of the wrong type or make no author:
 * each is refused with a 401 problem+json (never a 500), on a read that needs the editor role and
 * on a write; a well-formed one still passes.
 */
@QuarkusTest
class TokenClaimTypesTest {

    /** What a token says besides issuer and times, by what is wrong with it. */
    static Map<String, Map<String, Object>> badClaims() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("groups an object", Map.of("upn", "ed", "groups", Map.of("editor", true)));
        cases.put("groups a number", Map.of("upn", "ed", "groups", 42));
        cases.put("groups a boolean", Map.of("upn", "ed", "groups", true));
        cases.put("groups holding an object", Map.of("upn", "ed", "groups", List.of(Roles.EDITOR, Map.of("a", 1))));
        cases.put("upn an object", Map.of("upn", Map.of("name", "ed"), "groups", List.of(Roles.EDITOR)));
        cases.put("upn an array", Map.of("upn", List.of("ed"), "groups", List.of(Roles.EDITOR)));
        cases.put("upn a number", Map.of("upn", 7, "groups", List.of(Roles.EDITOR)));
        cases.put("upn with U+0000", Map.of("upn", "ed\u0000itor", "groups", List.of(Roles.EDITOR)));
        cases.put("upn with a line break", Map.of("upn", "ed\nitor", "groups", List.of(Roles.EDITOR)));
        cases.put("upn blank", Map.of("upn", " ", "groups", List.of(Roles.EDITOR)));
        cases.put("upn empty", Map.of("upn", "", "sub", "someone", "groups", List.of(Roles.EDITOR)));
        cases.put("upn of 6,000 characters", Map.of("upn", "x".repeat(6000), "groups", List.of(Roles.EDITOR)));
        cases.put("sub an object, no upn", Map.of("sub", Map.of("id", 1), "groups", List.of(Roles.EDITOR)));
        cases.put("no name at all", Map.of("groups", List.of(Roles.EDITOR)));
        cases.put("sub blank, no upn", Map.of("sub", "  ", "groups", List.of(Roles.EDITOR)));
        cases.put("preferred_username an array", Map.of("preferred_username", List.of("a"), "sub", "ed",
                "groups", List.of(Roles.EDITOR)));
        return cases;
    }

    @Test
    void aTokenWhoseClaimsAreOfTheWrongTypeIsRefusedWith401() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (var bad : badClaims().entrySet()) {
            String token = Editors.signedWith(bad.getValue());
            int audit = given().filter(Contract.RESPONSES).header("Authorization", "Bearer " + token)
                    .get("/api/v1/audit").then().contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .extract().statusCode();
            int write = given().filter(Contract.RESPONSES).header("Authorization", "Bearer " + token)
                    .header("If-Match", "\"v0\"").queryParam("reason", "token test")
                    .delete("/api/v1/facts/1").then().contentType("application/problem+json")
                    .extract().statusCode();
            if (audit != 401 || write != 401) {
                statuses.put(bad.getKey(), audit * 1000 + write);
            }
        }
        assertEquals(Map.of(), statuses, "cases answered other than 401 (audit * 1000 + write)");
    }

    @Test
    void theRefusalSaysWhichClaimIsWrong() {
        given().header("Authorization", "Bearer " + Editors.signedWith(Map.of("upn", 7, "groups", List.of(Roles.EDITOR))))
                .get("/api/v1/audit").then().statusCode(401).body("detail", containsString("upn"));
        given().header("Authorization", "Bearer " + Editors.signedWith(Map.of("upn", "ed", "groups", 42)))
                .get("/api/v1/audit").then().statusCode(401).body("detail", containsString("groups"));
    }

    @Test
    void withoutATokenTheAuditLogSaysItIsAReadThatNeedsOne() {
        // Without a token the request breaks the contract on purpose: only the answer is checked.
        given().filter(Contract.RESPONSES).get("/api/v1/audit").then().statusCode(401)
                .body("detail", equalTo("This read needs a bearer token (JWT) with the editor role."));
        given().filter(Contract.RESPONSES).header("If-Match", "\"v0\"").delete("/api/v1/facts/1").then().statusCode(401)
                .body("detail", equalTo("This write needs a bearer token (JWT) with the editor role."));
    }

    @Test
    void aWellFormedTokenStillReadsTheAuditLog() {
        given().filter(Contract.FILTER).header("Authorization", "Bearer "
                        + Editors.signedWith(Map.of("upn", "claims-test", "groups", List.of(Roles.EDITOR))))
                .get("/api/v1/audit").then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
    }
}
