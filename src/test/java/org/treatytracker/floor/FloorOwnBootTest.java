package org.treatytracker.floor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With the floor on (as bench/world.sh starts the service): exactly the bytes asked for, each size's
 * body made once, tagged with the SHA-256 of those bytes (computed here, not by the service's code), with
 * an API read's Cache-Control; bad sizes and types are 400 problems.
 */
@QuarkusTest
@Tag("slow")
@TestProfile(FloorOwnBootTest.FloorOn.class)
class FloorOwnBootTest {

    public static class FloorOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.bench.floor-enabled", "true");
        }
    }

    @Inject
    FloorBodies bodies;

    /**
     * No compression, as wrk and curl ask in the benchmark: the bytes on the wire are the body's (RestAssured
     * would otherwise ask for gzip whatever Accept-Encoding says, and unpack it).
     */
    private static RequestSpecification plain() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity");
    }

    @Test
    void eachSizeIsExactlyThatManyBytesTaggedWithTheirDigest() throws Exception {
        String apiCacheControl = given().get("/api/v1/treaties").then().statusCode(200).extract().header("Cache-Control");
        Set<String> tags = new HashSet<>();
        for (int size : new int[] {0, 1, 2, 1000, 150_000}) {
            Response floor = plain().header("Accept", "application/json").get("/floor/" + size);
            assertEquals(200, floor.statusCode(), "size " + size);
            byte[] body = floor.asByteArray();
            assertEquals(size, body.length, "size " + size);
            assertEquals(String.valueOf(size), floor.header("Content-Length"), "size " + size);
            assertEquals("application/json", floor.contentType(), "size " + size);
            String digest = "\"" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
            assertEquals(digest, floor.header("ETag"), "size " + size);
            assertEquals(apiCacheControl, floor.header("Cache-Control"), "size " + size);
            assertTrue(tags.add(floor.header("ETag")), "a tag of its own for size " + size);

            Response again = plain().get("/floor/" + size);
            assertArrayEquals(body, again.asByteArray(), "the same bytes again, size " + size);
            assertEquals(digest, again.header("ETag"), "size " + size);
            plain().header("If-None-Match", digest).get("/floor/" + size).then().statusCode(304);
        }
        assertTrue(apiCacheControl.startsWith("public, max-age="), apiCacheControl);
    }

    @Test
    void aBodyIsMadeOnceAndReadsAsJson() throws Exception {
        assertSame(bodies.of(new FloorSize(4321)), bodies.of(new FloorSize(4321)));
        String text = plain().get("/floor/1000").asString();
        String parsed = new ObjectMapper().readValue(text, String.class);
        assertEquals(998, parsed.length());
        assertEquals(0, new ObjectMapper().readValue(plain().get("/floor/1").asString(), Integer.class));
    }

    @Test
    void aPageSizedFloorIsHtmlOfTheSameBytes() {
        byte[] json = plain().get("/floor/5000").asByteArray();
        Response html = plain().header("Accept", "text/html").get("/floor/5000?type=html");
        assertEquals(200, html.statusCode());
        assertEquals("text/html;charset=UTF-8", html.contentType().replace(" ", ""));
        assertArrayEquals(json, html.asByteArray());
    }

    @Test
    void sizesPastTheBoundAndUnknownTypesAreBadRequests() {
        for (String path : new String[] {"/floor/" + (FloorSize.MAX_BYTES + 1), "/floor/999999999", "/floor/1000000000",
                "/floor/-1", "/floor/12k", "/floor/1000?type=xml"}) {
            Response refused = plain().get(path);
            assertEquals(400, refused.statusCode(), path);
            assertEquals("application/problem+json", refused.contentType(), path);
            assertEquals(400, refused.jsonPath().getInt("status"), path);
            assertNotEquals(null, refused.jsonPath().getString("detail"), path);
        }
    }
}
