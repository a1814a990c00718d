package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatytracker.support.Contract;

/** Every endpoint over real HTTP, on the real seeds; every exchange is checked against openapi.yaml. */
@QuarkusTest
class ApiTest {

    private static final String[] CATALOG = {"ICERD", "ICCPR", "ICCPR-OP1", "ICCPR-OP2", "ICESCR", "OP-ICESCR",
        "CEDAW", "OP-CEDAW", "CAT", "OP-CAT", "CRC", "OP-CRC-AC", "OP-CRC-SC", "OP-CRC-IC", "ICMW", "CPED", "CRPD",
        "OP-CRPD", "UN-CYBERCRIME"};

    private static RequestSpecification api() {
        return given().filter(Contract.FILTER);
    }

    @Test
    void treatiesListTheCatalogWithTheirReferences() {
        api().get("/api/v1/treaties").then()
                .statusCode(200)
                .body("total", equalTo(19))
                .body("items.code", hasItems(CATALOG))
                .body("items.provenance", everyItem(not(hasSize(0))));
    }

    @Test
    void aTreatyShowsNamesAliasesAndDates() {
        api().get("/api/v1/treaties/cat").then()
                .statusCode(200)
                .body("code", equalTo("CAT"))
                .body("kind", equalTo("core"))
                .body("names.fr", notNullValue())
                .body("aliases.text", hasItem("Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants"));
        api().get("/api/v1/treaties/OP-CAT").then()
                .statusCode(200)
                .body("kind", equalTo("optional_protocol"))
                .body("parent", equalTo("CAT"));
    }

    @Test
    void theCybercrimeConventionCarriesTheArticlesDates() {
        api().get("/api/v1/treaties/UN-CYBERCRIME").then()
                .statusCode(200)
                .body("kind", equalTo("other"))
                .body("adopted_on", equalTo("2024-12-24"))
                .body("opened_for_signature_on", equalTo("2025-10-25"))
                .body("provenance.findAll { it.kind == 'passage' }.supports", hasItems("adopted_on", "opened_for_signature_on"));
    }

    @Test
    void statesComeFromIso3166() {
        api().get("/api/v1/states").then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(240))
                .body("items.iso3", hasItems("VNM", "FRA", "USA", "CIV"));
        api().get("/api/v1/states/vnm").then()
                .statusCode(200)
                .body("iso3", equalTo("VNM"))
                .body("iso2", equalTo("VN"))
                .body("names.en", notNullValue())
                .body("names.fr", notNullValue());
    }

    @Test
    void ratificationsHaveOneEntryPerTreatyAndUnknownWhereNoSourceSpeaks() {
        api().get("/api/v1/states/VNM/ratifications").then()
                .statusCode(200)
                .body("total", equalTo(19))
                .body("items.find { it.treaty == 'CAT' }.status", equalTo("party"))
                .body("items.find { it.treaty == 'CRPD' }.status", equalTo("party"))
                .body("items.find { it.treaty == 'ICMW' }.status", equalTo("unknown"))
                .body("items.find { it.treaty == 'ICMW' }.actions", hasSize(0));
        api().get("/api/v1/states/FRA/ratifications").then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("unknown")));
    }

    @Test
    void aRatificationShowsItsActionsWithTheirPassages() {
        api().get("/api/v1/states/VNM/ratifications/CAT").then()
                .statusCode(200)
                .body("status", equalTo("party"))
                .body("actions.type", hasItem("ratification"))
                .body("actions.find { it.type == 'ratification' && it.provenance[0].kind == 'passage' }.provenance[0].quote",
                        containsString("Convention contre la torture"));
        api().get("/api/v1/states/VNM/ratifications/CRC").then()
                .statusCode(200)
                .body("actions.type", hasItem("signature"));
    }

    @Test
    void asOfGivesTheStatusAsItStoodOnADate() {
        api().get("/api/v1/states/VNM/ratifications/CAT?as_of=2014-12-31").then()
                .statusCode(200)
                .body("as_of", equalTo("2014-12-31"))
                .body("status", equalTo("unknown"))
                .body("actions", hasSize(0));
        api().get("/api/v1/states/VNM/ratifications/CAT?as_of=2015-06-30").then()
                .statusCode(200)
                .body("status", equalTo("unknown"))
                .body("actions.type", hasItem("ratification"));
        api().get("/api/v1/states/VNM/ratifications/CAT?as_of=2016-01-01").then()
                .statusCode(200)
                .body("status", equalTo("party"));
        api().get("/api/v1/states/VNM/ratifications?as_of=2016-01-01").then()
                .statusCode(200)
                .body("items.find { it.treaty == 'CRPD' }.status", equalTo("party"))
                .body("items.as_of", everyItem(equalTo("2016-01-01")));
        api().get("/api/v1/states/VNM/ratifications/CAT").then().body("as_of", nullValue());
    }

    @Test
    void theMatrixGivesStatesByTreatiesInOneCall() {
        api().get("/api/v1/ratifications/matrix?states=VNM,fra&treaties=core").then()
                .statusCode(200)
                .body("states", equalTo(java.util.List.of("VNM", "FRA")))
                .body("treaties", hasSize(9))
                .body("total", equalTo(18))
                .body("items.find { it.state == 'VNM' && it.treaty == 'CAT' }.status", equalTo("party"))
                .body("items.find { it.state == 'VNM' && it.treaty == 'CAT' }.bound_on", equalTo("2015"))
                .body("items.find { it.state == 'VNM' && it.treaty == 'CRC' }.status", equalTo("signatory"))
                .body("items.find { it.state == 'VNM' && it.treaty == 'CRC' }.signed_on", nullValue())
                .body("items.findAll { it.state == 'FRA' }.status", everyItem(equalTo("unknown")));
        api().get("/api/v1/ratifications/matrix?states=VNM&treaties=protocols,UN-CYBERCRIME").then()
                .statusCode(200)
                .body("total", equalTo(10));
        api().get("/api/v1/ratifications/matrix?states=VNM&treaties=CAT&as_of=2014-12-31").then()
                .statusCode(200)
                .body("as_of", equalTo("2014-12-31"))
                .body("items[0].status", equalTo("unknown"))
                .body("items[0].bound_on", nullValue());
        int states = api().get("/api/v1/states").then().extract().path("total");
        api().get("/api/v1/ratifications/matrix").then()
                .statusCode(200)
                .body("total", equalTo(states * 19));
    }

    @Test
    void theMatrixAsCsvHasTheSameCellsAsJson() {
        var json = api().get("/api/v1/ratifications/matrix?states=VNM&treaties=core").then().statusCode(200).extract();
        String csv = given().accept("text/csv").get("/api/v1/ratifications/matrix?states=VNM&treaties=core").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        java.util.List<java.util.List<String>> rows = org.treatytracker.support.CsvRows.of(csv);
        java.util.List<String> columns = java.util.List.of("state", "treaty", "status", "signed_on", "bound_on", "href", "basis",
                "basis_as_of");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("state", "state_name", "treaty", "treaty_name", "status",
                "signed_on", "signed_on_precision", "bound_on", "bound_on_precision", "href", "basis", "basis_as_of",
                "basis_as_of_precision"), rows.get(0));
        java.util.List<java.util.Map<String, Object>> cells = json.path("items");
        org.junit.jupiter.api.Assertions.assertEquals(cells.size(), rows.size() - 1);
        String name = given().get("/api/v1/states/VNM").then().extract().path("names.en");
        for (int i = 0; i < cells.size(); i++) {
            java.util.Map<String, Object> cell = cells.get(i);
            java.util.List<String> row = rows.get(i + 1);
            for (String column : columns) {
                org.junit.jupiter.api.Assertions.assertEquals(cell.get(column) == null ? "" : cell.get(column).toString(),
                        row.get(rows.get(0).indexOf(column)), column);
            }
            org.junit.jupiter.api.Assertions.assertEquals(name, row.get(1), "the catalog's name beside the code");
        }
        given().get(cells.get(0).get("href").toString()).then().statusCode(200);
    }

    @Test
    void theMatrixNamesTheFilterValueItDoesNotKnow() {
        api().get("/api/v1/ratifications/matrix?states=VNM,ZZZ").then()
                .statusCode(404)
                .body("detail", containsString("ZZZ"));
        api().get("/api/v1/ratifications/matrix?treaties=core,NOPE").then()
                .statusCode(404)
                .body("detail", containsString("NOPE"));
    }

    @Test
    void uprReviewsGiveReportedTotalsAndLabelDerivedNumbers() {
        api().get("/api/v1/states/VNM/upr-reviews").then()
                .statusCode(200)
                .body("items.find { it.cycle == 1 }.recommendations_total", equalTo(123))
                .body("items.find { it.cycle == 1 }.supported", equalTo(96))
                .body("items.find { it.cycle == 1 }.noted", equalTo(27))
                .body("items.find { it.cycle == 1 }.support_rate", equalTo(0.7805f))
                .body("items.find { it.cycle == 1 }.reviewed_on", equalTo("2009-05"))
                .body("items.find { it.cycle == 1 }.derived.field", hasItems("noted", "support_rate"))
                .body("items.find { it.cycle == 2 }.recommendations_total", equalTo(227))
                .body("items.find { it.cycle == 2 }.supported", equalTo(182))
                .body("items.find { it.cycle == 2 }.noted", equalTo(45))
                .body("items.find { it.cycle == 2 }.support_rate", equalTo(0.8018f))
                .body("items.find { it.cycle == 4 }.adopted_at_hrc_session", equalTo(57));
    }

    @Test
    void uprCyclesAreTheFourCycles() {
        api().get("/api/v1/upr/cycles").then()
                .statusCode(200)
                .body("items.number", equalTo(java.util.List.of(1, 2, 3, 4)))
                .body("items.provenance", everyItem(not(hasSize(0))));
    }

    @Test
    void figuresKeepEachSourcesClaimIncludingDisagreements() {
        api().get("/api/v1/figures?subject=VNM").then()
                .statusCode(200)
                .body("items.find { it.value == 7 && it.out_of == 9 }.qualifier", equalTo("exact"))
                // the seeds hold CAT and CRPD ratifications only, and no complete record: "7 of 9" cannot be checked
                .body("items.find { it.value == 7 && it.out_of == 9 }.computed_value", equalTo(2))
                .body("items.find { it.value == 7 && it.out_of == 9 }.consistent", nullValue())
                .body("items.find { it.value == 7 && it.out_of == 9 }.computed_from", containsString("2015-12-31"))
                .body("items.find { it.value == 7 && it.out_of == 9 }.computed_from", containsString("not checkable"))
                .body("items.find { it.metric == 'ilo_conventions_party' }.consistent", nullValue())
                .body("items.find { it.metric == 'ilo_conventions_party' }.computed_value", nullValue());
        var cybercrime = api().get("/api/v1/figures?subject=un-cybercrime").then()
                .statusCode(200)
                .body("items.find { it.value == 70 }.qualifier", equalTo("approximate"))
                .body("items.find { it.value == 72 }.qualifier", equalTo("exact"))
                .extract();
        String nearly70 = cybercrime.path("items.find { it.value == 70 }.provenance[0].source_id");
        String exactly72 = cybercrime.path("items.find { it.value == 72 }.provenance[0].source_id");
        org.junit.jupiter.api.Assertions.assertNotEquals(nearly70, exactly72, "each claim keeps its own source");
        api().get("/api/v1/figures").then()
                .statusCode(200)
                .body("total", greaterThan(5));
    }

    @Test
    void hrcMembershipsShowTermsServedAndSought() {
        api().get("/api/v1/states/VNM/hrc-memberships").then()
                .statusCode(200)
                .body("items.find { it.term_start == 2023 }.status", equalTo("member"))
                .body("items.find { it.term_start == 2026 }.status", equalTo("candidate"));
    }

    @Test
    void sourcesServeTheirTextByteForByte() throws Exception {
        String id = "000_a06249cdaee31e0b";
        byte[] file = Files.readAllBytes(Path.of("seeds/articles/" + id + ".txt"));
        api().get("/api/v1/sources").then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'article' }", hasSize(5))
                .body("items.findAll { it.kind == 'reference' }.url", everyItem(notNullValue()));
        api().get("/api/v1/sources/" + id).then()
                .statusCode(200)
                .body("published_on_basis", equalTo("inferred"))
                .body("sha256", equalTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(file))));
        byte[] served = api().get("/api/v1/sources/" + id + "/text").then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .extract().asByteArray();
        assertArrayEquals(file, served);
        api().get("/api/v1/sources/" + id + "/claims").then()
                .statusCode(200)
                .body("total", greaterThan(5))
                .body("items.provenance.flatten().source_id", everyItem(equalTo(id)));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/treaties/NOPE, 404",
        "/api/v1/treaties/-x, 400",
        "/api/v1/states/ZZZ, 404",
        "/api/v1/states/VN1, 400",
        "/api/v1/states/VIETNAM, 400",
        "/api/v1/states/ZZZ/ratifications, 404",
        "/api/v1/states/V-N/ratifications, 400",
        "/api/v1/states/VNM/ratifications/NOPE, 404",
        "/api/v1/states/VNM/ratifications/-x, 400",
        "/api/v1/states/VNM/ratifications/CAT?as_of=2015, 400",
        "/api/v1/states/VNM/ratifications?as_of=2015-02-30, 400",
        "/api/v1/states/ZZZ/ratifications/CAT, 404",
        "/api/v1/states/ZZZ/upr-reviews, 404",
        "/api/v1/states/12/upr-reviews, 400",
        "/api/v1/states/ZZZ/hrc-memberships, 404",
        "/api/v1/states/V_N/hrc-memberships, 400",
        "/api/v1/figures?subject=ZZZ, 404",
        "/api/v1/figures?subject=%27%3B--, 400",
        "/api/v1/sources/nope, 404",
        "/api/v1/sources/a%20b, 400",
        "/api/v1/sources/nope/text, 404",
        "/api/v1/sources/nope/claims, 404",
        "/api/v1/ratifications/matrix?states=V1, 400",
        "/api/v1/ratifications/matrix?states=, 400",
        "/api/v1/ratifications/matrix?treaties=%2C, 400",
        "/api/v1/ratifications/matrix?as_of=yesterday, 400",
        "/api/v1/states?format=xml, 400",
        "/api/v1/nothing-here, 404"
    })
    void badInputGetsAProblemNeverAServerError(String path, int status) {
        given().urlEncodingEnabled(false).get(path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void problemsForKnownOperationsMatchTheContract() {
        api().get("/api/v1/states/ZZZ").then().statusCode(404).body("type", equalTo("about:blank"));
        // A code of another shape breaks the contract's pattern on purpose: only the answer is held to it.
        given().filter(Contract.RESPONSES).get("/api/v1/treaties/-x").then().statusCode(400);
        api().get("/api/v1/figures?subject=ZZZ").then().statusCode(404);
    }

    @Test
    void aReferenceSourceHasNoTextToServe() {
        String reference = api().get("/api/v1/sources").then().extract()
                .path("items.find { it.kind == 'reference' }.id");
        api().get("/api/v1/sources/" + reference).then().statusCode(200).body("text_href", nullValue());
        api().get("/api/v1/sources/" + reference + "/text").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndTheContractAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/yaml").get("/q/openapi").then()
                .statusCode(200)
                .body(containsString("/api/v1/states/{iso3}/ratifications/{code}"));
    }

    /** SmallRye OpenAPI reads openapi.yaml and writes it again: what it serves must be the file, $refs and all. */
    @Test
    void theContractServedIsOpenapiYaml() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertEquals(new ObjectMapper(new YAMLFactory()).readTree(new File("openapi.yaml")), served);
    }
}
