package org.treatytracker.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A page fetched over HTTP and parsed as a browser would. */
final class Html {

    private Html() {
    }

    static Document page(String path) {
        return page(path, 200);
    }

    static Document page(String path, int status) {
        Response response = given().urlEncodingEnabled(false).get(path);
        assertEquals(status, response.statusCode(), path + " answered " + response.statusCode() + ": " + response.asString());
        assertTrue(response.contentType().startsWith("text/html"), path + " is HTML: " + response.contentType());
        return Jsoup.parse(response.asString(), "http://localhost" + path);
    }
}
