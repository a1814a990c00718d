package org.treatytracker.editorial;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's count of requests for candidates by outcome, as /q/metrics publishes it. */
final class Extractions {

    private Extractions() {
    }

    static double count(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^tracker_extractions_total\\{outcome=\"" + outcome + "\"} (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
