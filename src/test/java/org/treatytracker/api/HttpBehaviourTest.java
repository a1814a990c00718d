package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;

/** What dashboards rely on: validators and revalidation, compression, cross-origin reads. */
@QuarkusTest
class HttpBehaviourTest {

    private static final String REVIEWS = "/api/v1/states/VNM/upr-reviews";

    @Test
    void aMatchingIfNoneMatchGets304WithoutBody() {
        String etag = given().filter(Contract.FILTER).get(REVIEWS).then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age="))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        given().filter(Contract.FILTER).header("If-None-Match", etag).get(REVIEWS).then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        given().header("If-None-Match", "\"something-else\"").get(REVIEWS).then().statusCode(200);
    }

    @Test
    void theEtagIsTheHashOfTheExactBytesAndDiffersPerResource() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("seeds/articles/000_a06249cdaee31e0b.txt"));
        String expected = "\"" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text)) + "\"";
        assertEquals(expected, given().get("/api/v1/sources/000_a06249cdaee31e0b/text").header("ETag"));
        assertNotEquals(given().get("/api/v1/states/VNM").header("ETag"), given().get("/api/v1/states/FRA").header("ETag"));
        assertEquals(given().get(REVIEWS).header("ETag"), given().get(REVIEWS).header("ETag"));
    }

    @Test
    void securityHeadersAreOnAnswersAndErrorsAlike() {
        for (String path : java.util.List.of(REVIEWS, "/api/v1/states/ZZZ", "/api/v1/states/V%00M")) {
            given().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        given().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void errorsAreNotCachedAsResources() {
        given().get("/api/v1/states/ZZZ").then().statusCode(404).header("ETag", nullValue());
    }

    @Test
    void responsesAreGzippedWhenTheClientAcceptsIt() {
        RestAssuredConfig rawBytes = RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(rawBytes)
                .header("Accept-Encoding", "gzip")
                .get("/api/v1/treaties").then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().config(rawBytes).header("Accept-Encoding", "identity").get("/api/v1/treaties").then()
                .statusCode(200)
                .header("Content-Encoding", nullValue());
    }

    @Test
    void browsersMayReadFromAnyOriginButNotWrite() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .options(REVIEWS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options(REVIEWS).then()
                .header("Access-Control-Allow-Methods", not(containsString("DELETE")));
        given().header("Origin", "https://dashboard.example").get(REVIEWS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example");
    }

    @Test
    void listsArePagedWithLinkHeaders() {
        int total = given().get("/api/v1/states").then().extract().path("total");
        int last = (total + 99) / 100;
        var second = given().filter(Contract.FILTER).get("/api/v1/states?page=2&per_page=100").then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("per_page", equalTo(100))
                .body("total", equalTo(total))
                .body("items", org.hamcrest.Matchers.hasSize(100))
                .extract();
        String link = second.header("Link");
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("page=1&per_page=100>; rel=\"first\""), link);
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("page=1&per_page=100>; rel=\"prev\""), link);
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("page=3&per_page=100>; rel=\"next\""), link);
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("page=" + last + "&per_page=100>; rel=\"last\""), link);
        java.util.List<String> all = given().get("/api/v1/states").then().extract().path("items.iso3");
        java.util.List<String> pageTwo = second.path("items.iso3");
        assertEquals(all.subList(100, 200), pageTwo);
        String lastPage = given().get("/api/v1/states?page=" + last + "&per_page=100").then().statusCode(200)
                .extract().header("Link");
        org.junit.jupiter.api.Assertions.assertFalse(lastPage.contains("rel=\"next\""), lastPage);
        given().get("/api/v1/figures?subject=VNM&per_page=2").then().statusCode(200)
                .header("Link", containsString("subject=VNM"));
    }

    @Test
    void outOfRangePagesAreRefused() {
        for (String query : java.util.List.of("page=0", "page=-1", "page=x", "per_page=0", "per_page=1001",
                "page=999&per_page=100")) {
            given().get("/api/v1/states?" + query).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
