package org.treatytracker.upr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.UprTestData;

/**
 * Statistics on the seeds' reported totals and on a generated set of individual recommendations
 * (France, cycle 2, a made-up review cited to a test locator), whose expected counts are computed
 * here from the same generator, independently of the SQL under test.
 */
@QuarkusTest
class UprStatsTest {

    private static final int GENERATED = 60;

    /** One generated recommendation: its response, recommending states and themes. */
    private record Generated(String response, List<String> recommenders, List<String> themes) {
        static Generated number(int i) {
            List<String> recommenders = new ArrayList<>(List.of(i % 2 == 0 ? "DEU" : "BRA"));
            if (i % 5 == 0) {
                recommenders.add("USA");
            }
            List<String> themes = new ArrayList<>(List.of(i % 4 == 0 ? "women" : "children"));
            if (i % 6 == 0) {
                themes.add("torture");
            }
            return new Generated(i % 3 == 0 ? "noted" : "supported", recommenders, themes);
        }
    }

    @BeforeEach
    void generate() {
        long review = UprTestData.review("FRA", 2, 15);
        for (int i = 0; i < GENERATED; i++) {
            Generated g = Generated.number(i);
            UprTestData.recommendation(review, "Generated recommendation " + i, "en", g.response(), g.recommenders(),
                    g.themes());
        }
    }

    @AfterEach
    void removeGenerated() {
        UprTestData.clear();
    }

    private static JsonPath stats(String query) {
        return given().filter(Contract.FILTER).get("/api/v1/upr/stats?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSeedsReportedTotalsGiveVietNamsRatesByCycle() {
        JsonPath vnm = stats("state=VNM&group_by=cycle");
        assertEquals(List.of(1, 2), vnm.getList("items.group.cycle"));
        assertEquals(List.of(123, 227), vnm.getList("items.recommendations_total"));
        assertEquals(List.of(96, 182), vnm.getList("items.supported"));
        assertEquals(List.of(27, 45), vnm.getList("items.noted"));
        assertEquals(List.of(0.7805f, 0.8018f), vnm.getList("items.support_rate"));
        assertEquals(List.of("reported", "reported"), vnm.getList("items.basis"));
    }

    @Test
    void generatedRecommendationsAreCountedByEveryKey() {
        checkGroups("response", g -> List.of(g.response()));
        checkGroups("recommending_state", Generated::recommenders);
        checkGroups("theme", Generated::themes);
        JsonPath byCycle = stats("state=FRA&group_by=cycle,session");
        assertEquals(List.of(Map.of("cycle", 2, "session", 15)), byCycle.getList("items.group"));
        assertEquals(GENERATED, byCycle.getInt("items[0].recommendations_total"));
        assertEquals("counted", byCycle.getString("items[0].basis"));
        JsonPath byState = stats("group_by=state");
        assertEquals(List.of("FRA", "VNM"), byState.getList("items.group.state"));
        assertEquals(List.of("FRA", "VNM"), stats("group_by=cycle").getList("states_covered"),
                "unfiltered statistics name the states they are over");
        assertEquals(List.of("FRA"), stats("recommending_state=USA").getList("states_covered"));
        assertEquals(List.of("VNM"), stats("cycle=1").getList("states_covered"));
        assertEquals(List.of("counted", "reported"), byState.getList("items.basis"));
        assertEquals("mixed", stats("cycle=2").getString("items[0].basis"));
        assertEquals(20, stats("state=FRA&response=noted").getInt("items[0].recommendations_total"));
        assertEquals(12, stats("recommending_state=USA").getInt("items[0].recommendations_total"));
        assertEquals("recommendation", stats("recommending_state=USA").getString("unit"));
        assertEquals("recommendation_per_recommending_state", stats("state=FRA&group_by=recommending_state").getString("unit"));
        assertEquals("recommendation_per_recommending_state_and_theme",
                stats("state=FRA&group_by=theme,recommending_state").getString("unit"));
    }

    private void checkGroups(String key, Function<Generated, List<String>> values) {
        Map<String, int[]> expected = new TreeMap<>();
        for (int i = 0; i < GENERATED; i++) {
            Generated g = Generated.number(i);
            for (String value : values.apply(g)) {
                int[] counts = expected.computeIfAbsent(value, v -> new int[3]);
                counts[0]++;
                counts[g.response().equals("supported") ? 1 : 2]++;
            }
        }
        JsonPath actual = stats("state=FRA&group_by=" + key);
        assertEquals(new ArrayList<>(expected.keySet()), actual.getList("items.group." + key), key);
        assertEquals(expected.values().stream().map(c -> c[0]).toList(), actual.getList("items.recommendations_total"), key);
        assertEquals(expected.values().stream().map(c -> c[1]).toList(), actual.getList("items.supported"), key);
        assertEquals(expected.values().stream().map(c -> c[2]).toList(), actual.getList("items.noted"), key);
    }

    @Test
    void reportedAndCountedThatDisagreeAreShownSideBySideTheReportHeadlining() {
        long vietNamCycle1 = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT fact_id FROM upr_reviews WHERE state_code = 'VNM' AND cycle = 1")
                .getSingleResult()).longValue());
        for (int i = 0; i < 10; i++) {
            UprTestData.recommendation(vietNamCycle1, "Counted " + i, "en", i < 7 ? "supported" : "noted", List.of(), List.of());
        }
        String cycle1 = "items.find { it.group.cycle == 1 }.";
        given().filter(Contract.FILTER).get("/api/v1/upr/stats?state=VNM&group_by=cycle").then()
                .statusCode(200)
                .body(cycle1 + "basis", equalTo("reported"))
                .body(cycle1 + "reviews", equalTo(1))
                .body(cycle1 + "recommendations_total", equalTo(123))
                .body(cycle1 + "reported.recommendations_total", equalTo(123))
                .body(cycle1 + "counted.recommendations_total", equalTo(10))
                .body(cycle1 + "counted.supported", equalTo(7))
                .body(cycle1 + "counted.noted", equalTo(3))
                .body(cycle1 + "discrepancies", hasSize(1))
                .body(cycle1 + "discrepancies[0].reported[0].recommendations_total", equalTo(123))
                .body(cycle1 + "discrepancies[0].counted.recommendations_total", equalTo(10))
                .body(cycle1 + "discrepancies[0].headline", equalTo("reported"))
                .body("items.find { it.group.cycle == 2 }.recommendations_total", equalTo(227));
        given().filter(Contract.FILTER).get("/api/v1/states/VNM/upr-reviews").then().statusCode(200)
                .body("items.find { it.cycle == 1 }.fact_ids", hasSize(1))
                .body("items.find { it.cycle == 1 }.basis", equalTo("reported"))
                .body("items.find { it.cycle == 1 }.bases.basis", equalTo(List.of("reported", "counted")))
                .body("items.find { it.cycle == 1 }.bases[1].recommendations_total", equalTo(10));
    }

    @Test
    void reportsThatDisagreeWithNoCountGiveNullsNotZeros() {
        long second = UprTestData.review("FRA", 1, 2);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "UPDATE upr_reviews SET recommendations_total = 80, accepted = 60 WHERE fact_id = ?1")
                .setParameter(1, second).executeUpdate());
        long third = UprTestData.review("FRA", 1, 2);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "UPDATE upr_reviews SET recommendations_total = 80, accepted = 58 WHERE fact_id = ?1")
                .setParameter(1, third).executeUpdate());
        String cycle1 = "items.find { it.group.cycle == 1 }.";
        given().filter(Contract.FILTER).get("/api/v1/upr/stats?state=FRA&group_by=cycle").then().statusCode(200)
                .body(cycle1 + "basis", equalTo("none"))
                .body(cycle1 + "reviews", equalTo(0))
                .body(cycle1 + "recommendations_total", equalTo(null))
                .body(cycle1 + "supported", equalTo(null))
                .body(cycle1 + "reported", equalTo(null))
                .body(cycle1 + "discrepancies[0].reported.supported", equalTo(List.of(60, 58)))
                .body(cycle1 + "discrepancies[0].headline", equalTo(null));
        given().filter(Contract.FILTER).get("/api/v1/states/FRA/upr-reviews").then().statusCode(200)
                .body("items.find { it.cycle == 1 }.basis", equalTo("none"))
                .body("items.find { it.cycle == 1 }.recommendations_total", equalTo(null))
                .body("items.find { it.cycle == 1 }.bases.supported", equalTo(List.of(60, 58)));
    }

    /** A CSV cell as the writer quotes it: an href with a comma (group_by=state,cycle) is quoted. */
    private static String quoted(String cell) {
        return cell.contains(",") ? "\"" + cell + "\"" : cell;
    }

    private static String subtotalCells(Object subtotal) {
        if (subtotal == null) {
            return ",,,,";
        }
        Map<?, ?> sums = (Map<?, ?>) subtotal;
        return String.join(",", String.valueOf(sums.get("reviews")), String.valueOf(sums.get("recommendations_total")),
                String.valueOf(sums.get("supported")), String.valueOf(sums.get("noted")),
                sums.get("support_rate") == null ? "" : String.valueOf(sums.get("support_rate")));
    }

    @Test
    void badFiltersAreNamedNeverAnEmptyAnswer() {
        given().get("/api/v1/upr/stats?state=ZZZ").then().statusCode(404).body("detail", containsString("ZZZ"));
        given().get("/api/v1/upr/stats?recommending_state=QQQ").then().statusCode(404).body("detail", containsString("QQQ"));
        given().get("/api/v1/upr/stats?cycle=9").then().statusCode(404);
        given().get("/api/v1/upr/stats?cycle=one").then().statusCode(400);
        given().get("/api/v1/upr/stats?response=rejected").then().statusCode(400).body("detail", containsString("rejected"));
        given().get("/api/v1/upr/stats?group_by=cycle,year").then().statusCode(400).body("detail", containsString("year"));
    }

    @Test
    void csvAndJsonAgreeRowForRow() {
        JsonPath json = stats("group_by=state,cycle");
        String viaFormat = given().filter(Contract.FILTER).get("/api/v1/upr/stats?group_by=state,cycle&format=csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String viaAccept = given().accept("text/csv").get("/api/v1/upr/stats?group_by=state,cycle").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertEquals(viaFormat, viaAccept);
        List<String> lines = viaFormat.lines().toList();
        assertEquals("state,state_name,cycle,basis,reviews,recommendations_total,supported,noted,support_rate,discrepancies,href,"
                + "reported.reviews,reported.recommendations_total,reported.supported,reported.noted,reported.support_rate,"
                + "counted.reviews,counted.recommendations_total,counted.supported,counted.noted,counted.support_rate",
                lines.get(0));
        List<Map<String, Object>> items = json.getList("items");
        assertEquals(items.size(), lines.size() - 1);
        Map<String, String> names = new java.util.HashMap<>();
        given().get("/api/v1/states").then().extract().jsonPath().<Map<String, Object>>getList("items")
                .forEach(state -> names.put((String) state.get("iso3"), (String) ((Map<?, ?>) state.get("names")).get("en")));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            Map<?, ?> group = (Map<?, ?>) item.get("group");
            String expected = String.join(",", String.valueOf(group.get("state")), names.get(group.get("state")),
                    String.valueOf(group.get("cycle")),
                    (String) item.get("basis"), String.valueOf(item.get("reviews")),
                    String.valueOf(item.get("recommendations_total")), String.valueOf(item.get("supported")),
                    String.valueOf(item.get("noted")), String.valueOf(item.get("support_rate")),
                    String.valueOf(((List<?>) item.get("discrepancies")).size()), quoted((String) item.get("href")),
                    subtotalCells(item.get("reported")), subtotalCells(item.get("counted")));
            assertEquals(expected, lines.get(i + 1));
        }
        String href = json.getString("items.find { it.group.state == 'VNM' && it.group.cycle == 2 }.href");
        given().get(href).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recommendations_total", equalTo(227));
        given().get("/api/v1/upr/stats?format=xml").then().statusCode(400);
    }
}
