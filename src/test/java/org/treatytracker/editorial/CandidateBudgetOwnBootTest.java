package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatytracker.editorial.Articles.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A request for candidates that takes longer than its time budget is stopped and answers 422 problem+json. */
@QuarkusTest
@Tag("slow")
@TestProfile(CandidateBudgetOwnBootTest.TinyBudget.class)
class CandidateBudgetOwnBootTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.extract.time-budget", "0S");
        }
    }

    @Test
    void anExtractionOverItsBudgetIsStoppedAnd422() {
        double before = Extractions.count("over_budget");
        editor().post("/api/v1/sources/000_a06249cdaee31e0b/candidates")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("longer than the time budget of 0 s (tracker.extract.time-budget)"))
                .body("detail", containsString("nothing is proposed"));
        assertEquals(before + 1, Extractions.count("over_budget"));
        editor().post("/api/v1/sources/no-such-source/candidates").then().statusCode(404);
    }
}
