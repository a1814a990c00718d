package org.treatytracker.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;

/** A control character in a query value is a 400 naming the parameter, on every list, public or not. */
@QuarkusTest
class QueryControlCharactersTest {

    private static final List<String> PUBLIC = List.of(
            "/api/v1/recommendations?q=", "/api/v1/recommendations?theme=", "/api/v1/recommendations?recommending_state=",
            "/api/v1/upr/stats?theme=", "/api/v1/imports?dataset=", "/api/v1/states?page=", "/api/v1/treaties?format=");

    private static final List<String> EDITORS = List.of("/api/v1/audit?actor=",
            "/api/v1/audit?target_kind=fact&target_id=", "/api/v1/audit?since=");

    @Test
    void aNulOrOtherControlCharacterInAQueryValueIs400NamingIt() {
        String token = Editors.editor("control-characters");
        for (String encoded : List.of("%00", "a%00b", "%01", "%1F", "%7F", "%C2%85", "a%0Ab")) {
            for (String prefix : PUBLIC) {
                refused(prefix, encoded, null);
            }
            for (String prefix : EDITORS) {
                refused(prefix, encoded, token);
            }
        }
    }

    @Test
    void theParameterNameItselfIsCheckedToo() {
        given().filter(Contract.RESPONSES).urlEncodingEnabled(false).get("/api/v1/states?a%00b=1").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static void refused(String prefix, String encoded, String token) {
        String name = prefix.substring(prefix.lastIndexOf(prefix.contains("&") ? '&' : '?') + 1, prefix.length() - 1);
        var request = given().filter(Contract.RESPONSES).urlEncodingEnabled(false);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.get(prefix + encoded).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + name + "'"));
    }
}
