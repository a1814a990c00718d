package org.treatytracker.floor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Off by default: the floor's path answers as a path with nothing behind it does, whatever its size says. */
@QuarkusTest
class FloorTest {

    @Test
    void theFloorIsOffAndItsPathIsAnUnknownOne() {
        JsonPath unknown = given().get("/no-floor-here/1000").then().statusCode(404).extract().jsonPath();
        for (String path : new String[] {"/floor/1000", "/floor/0?type=html", "/floor/not-a-size", "/floor/999999999"}) {
            Response floor = given().get(path);
            assertEquals(404, floor.statusCode(), path);
            assertEquals("application/problem+json", floor.contentType(), path);
            assertEquals(unknown.getString("title"), floor.jsonPath().getString("title"), path);
            assertEquals(unknown.getString("detail"), floor.jsonPath().getString("detail"), path);
            assertNull(floor.header("ETag"), path);
        }
    }
}
