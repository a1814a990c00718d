package org.treatytracker.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: requests by route and status with histograms, the pool, the tracker's loads. */
@QuarkusTest
class MetricsTest {

    @Test
    void requestsArePublishedByRouteTemplateAndStatusWithHistogramBuckets() {
        given().get("/api/v1/states/VNM/ratifications/CAT").then().statusCode(200);
        given().get("/api/v1/states/XXX/ratifications/CAT").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/states/\\{iso3\\}/ratifications/\\{code\\}\"[^}]*} .*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/api/v1/states/\\{iso3\\}/ratifications/\\{code\\}\"[^}]*} .*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("http_server_requests_seconds_bucket{"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_active_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern("(?s).*tracker_seed_loads_total\\{outcome=\"(loaded|unchanged)\"} 1\\.0.*"));
    }
}
