package org.treatytracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;

/**
 * Each malformed path or query value answers its own problem, kind by kind (ids, codes, paging, format,
 * dates, each list's filters): the status and the exact detail; and a value given empty is as one left
 * out. These were the answers of the resources that parsed their own Strings; {@link ParamConverters}
 * and the {@code @BeanParam} records give them now (one that threw anything but an {@link ApiException}
 * would answer a bare "No resource at this path." instead).
 */
@QuarkusTest
class TypedParametersTest {

    private static RequestSpecification request() {
        return given().filter(Contract.RESPONSES).urlEncodingEnabled(false);
    }

    private static RequestSpecification editor() {
        return request().header("Authorization", "Bearer " + Editors.editor("typed-parameters"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /api/v1/facts/abc                                  | 404 | No resource at this path: 'abc' is not an id.
            /api/v1/facts/0/history                            | 404 | No resource at this path: '0' is not an id.
            /api/v1/citations/-1                               | 404 | No resource at this path: '-1' is not an id.
            /api/v1/recommendations/1.5                        | 404 | No resource at this path: '1.5' is not an id.
            /api/v1/facts/999999                               | 404 | No fact 999999.
            /api/v1/imports/abc                                | 400 | 'abc' is not an import id.
            /api/v1/imports/0/changes                          | 400 | '0' is not an import id.
            /api/v1/imports/00999999                           | 404 | No import 00999999.
            /api/v1/states/V1M                                 | 400 | 'V1M' is not an ISO 3166-1 alpha-3 code (three letters).
            /api/v1/states/zzz/upr-reviews                     | 404 | No state with ISO 3166-1 alpha-3 code 'ZZZ'.
            /api/v1/treaties/-CAT                              | 400 | '-CAT' is not a treaty code (letters, digits and '-', e.g. ICCPR-OP1).
            /api/v1/states/VNM/ratifications/X                 | 400 | 'X' is not a treaty code (letters, digits and '-', e.g. ICCPR-OP1).
            /api/v1/sources/a%20b                              | 400 | 'a b' is not a source id.
            /api/v1/sources/_x/claims                          | 400 | '_x' is not a source id.
            /api/v1/states?page=abc                            | 400 | page 'abc' must be a whole number from 1.
            /api/v1/treaties?page=0                            | 400 | page '0' must be a whole number from 1.
            /api/v1/upr/cycles?per_page=1001                   | 400 | per_page '1001' must be a whole number from 1 to 1000.
            /api/v1/states?format=csv&page=x                   | 400 | page 'x' must be a whole number from 1.
            /api/v1/states?page=99                             | 400 | page 99 is past the last page (1) at per_page 1000.
            /api/v1/coverage?format=xml                        | 400 | format 'xml' is not csv or json.
            /api/v1/upr/stats?format=%20csv                    | 400 | format ' csv' is not csv or json.
            /api/v1/states?format=xml                          | 400 | format 'xml' is not csv or json.
            /api/v1/states/VNM/ratifications?as_of=2014-02-30  | 400 | as_of '2014-02-30' is not a date of the form YYYY-MM-DD.
            /api/v1/ratifications/matrix?as_of=%2B999999999-12-31 | 400 | as_of '+999999999-12-31' is not a date of the form YYYY-MM-DD.
            /api/v1/facts/1/history?as_of=2014-12-31T10:00:00  | 400 | 'as_of' must be an ISO 8601 date-time with offset (2026-11-23T10:15:00Z) or a date (2026-11-23), in years 1 to 9999.
            /api/v1/recommendations/1/history?as_of=0000-01-01 | 400 | 'as_of' must be an ISO 8601 date-time with offset (2026-11-23T10:15:00Z) or a date (2026-11-23), in years 1 to 9999.
            /api/v1/recommendations?review=0                   | 400 | 'review' must be an id (a positive whole number).
            /api/v1/recommendations?review=%20                 | 400 | 'review' must be an id (a positive whole number).
            /api/v1/recommendations?cycle=abc                  | 400 | cycle 'abc' is not a number.
            /api/v1/upr/stats?cycle=99                         | 404 | No UPR cycle 99.
            /api/v1/recommendations?response=Supported         | 400 | response 'Supported' is not one of [supported, noted].
            /api/v1/upr/stats?theme=%20                        | 400 | theme must be 1 to 200 characters.
            /api/v1/recommendations?q=%20                      | 400 | q must be 1 to 500 characters.
            /api/v1/recommendations?state=V1                   | 400 | 'V1' is not an ISO 3166-1 alpha-3 code (three letters).
            /api/v1/upr/stats?recommending_state=ZZZ           | 404 | No state with ISO 3166-1 alpha-3 code 'ZZZ'.
            /api/v1/upr/stats?group_by=state,nope              | 400 | group_by 'nope' is not one of [cycle, state, session, recommending_state, theme, response, regional_group, recommending_regional_group, action_category].
            /api/v1/coverage?treaty=-x                         | 400 | '-x' is not a treaty code (letters, digits and '-', e.g. ICCPR-OP1).
            /api/v1/coverage?state=ZZZ                         | 404 | No state with ISO 3166-1 alpha-3 code 'ZZZ'.
            /api/v1/figures?subject=1.5                        | 400 | subject '1.5' is neither an ISO 3166-1 alpha-3 code nor a treaty code.
            /api/v1/figures?subject=zzz                        | 404 | No state, organisation or treaty with code 'ZZZ'.
            /api/v1/imports?dataset=%20                        | 400 | dataset must be 1 to 100 characters.
            /api/v1/ratifications/matrix?states=VNM,V1         | 400 | 'V1' is not an ISO 3166-1 alpha-3 code (three letters).
            /api/v1/ratifications/matrix?states=               | 400 | An empty list selects nothing; leave the parameter out to select all.
            """)
    void aMalformedValueAnswersItsOwnProblem(String path, int status, String detail) {
        request().get(path).then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("detail", equalTo(detail))
                .body("instance", equalTo(path.replaceFirst("\\?.*", "").replace("%20", " ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /api/v1/audit?target_kind=nope     | 'target_kind' must be one of [citation, fact, import, recommendation, source].
            /api/v1/audit?target_id=abc        | 'target_id' needs 'target_kind' (ids are per kind) and at most 256 characters.
            /api/v1/audit?fact_id=abc          | 'fact_id' must be a fact id (a whole number).
            /api/v1/audit?until=2026-13-01     | 'until' must be an ISO 8601 date-time with offset (2026-11-23T10:15:00Z) or a date (2026-11-23), in years 1 to 9999.
            /api/v1/audit?per_page=0           | per_page '0' must be a whole number from 1 to 1000.
            /api/v1/audit?format=csv2&page=abc | format 'csv2' is not csv or json.
            """)
    void theAuditLogsFiltersAreCheckedToo(String path, String detail) {
        editor().get(path).then().statusCode(400).body("detail", equalTo(detail));
    }

    @Test
    void anActorPastItsLimitIsRefused() {
        editor().get("/api/v1/audit?actor=" + "x".repeat(257)).then().statusCode(400)
                .body("detail", equalTo("'actor' is longer than 256 characters."));
    }

    @Test
    void aReasonPastItsLimitIsRefusedBeforeAnythingIsRetracted() {
        editor().delete("/api/v1/facts/999999?reason=" + "x".repeat(Reason.MAX + 1)).then().statusCode(400)
                .body("detail", equalTo("'reason' is longer than 1000 characters."));
        editor().delete("/api/v1/citations/abc?reason=why").then().statusCode(404)
                .body("detail", equalTo("No resource at this path: 'abc' is not an id."));
    }

    @Test
    void aValueGivenEmptyIsAsLeftOutAndOneWithSpacesIsReadAsItComes() {
        request().get("/api/v1/states?page=&per_page=").then().statusCode(200).body("page", equalTo(1))
                .body("per_page", equalTo(PageRequest.MAX));
        request().get("/api/v1/states/VNM/ratifications?as_of=").then().statusCode(200);
        request().get("/api/v1/recommendations?review=&q=").then().statusCode(200);
        // The review filter allows spaces around the id; per_page does not.
        Object review = request().get("/api/v1/states/VNM/upr-reviews").path("items[0].fact_id");
        request().get("/api/v1/recommendations?review=%20" + review + "%20").then().statusCode(200);
        request().get("/api/v1/recommendations?review=%20999999%20").then().statusCode(404)
                .body("detail", equalTo("No UPR review 999999."));
        request().get("/api/v1/states?per_page=%205").then().statusCode(400)
                .body("detail", equalTo("per_page ' 5' must be a whole number from 1 to 1000."));
    }

    @Test
    void codesArriveInAnyCaseAndFormatsInAnyCase() {
        request().get("/api/v1/states/vnm").then().statusCode(200).body("iso3", equalTo("VNM"));
        request().get("/api/v1/treaties/iccpr-op2").then().statusCode(200).body("code", equalTo("ICCPR-OP2"));
        request().get("/api/v1/coverage?state=vnm&treaty=cat&format=CSV").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        request().get("/api/v1/upr/stats?format=Json").then().statusCode(200)
                .contentType(startsWith("application/json"));
        request().header("Accept", "text/csv").get("/api/v1/upr/stats").then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    /** A list paged in the database answers CSV with its whole selection: page and per_page are not read then. */
    @Test
    void aListsCsvDoesNotReadItsPagingWhereItIsPagedInTheDatabase() {
        editor().get("/api/v1/audit?format=csv&page=abc").then().statusCode(200).contentType(startsWith("text/csv"));
        request().get("/api/v1/recommendations?format=csv&per_page=0").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        request().header("Accept", "text/csv").get("/api/v1/recommendations?page=abc").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        request().get("/api/v1/recommendations?per_page=0").then().statusCode(400)
                .body("detail", equalTo("per_page '0' must be a whole number from 1 to 1000."));
    }
}
