package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Editors;

/** Every write leaves an entry (who, when, what, before, after); retraction keeps the history. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void everyWriteKindIsAuditedAndARetractedFactKeepsItsHistory() {
        String actor = "audit-" + System.nanoTime();
        String token = Editors.editor(actor);
        String source = as(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Audit", "language", "en", "text",
                        "Peru acceded to the Convention in 2012. Peru signed it in 2007. " + actor))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        JsonPath created = as(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "treaty_action", "party", "PER", "treaty", "CPED", "action", "accession",
                        "date", "2012", "citations", List.of(Map.of("source", source, "quote", "Peru acceded to the Convention in 2012"))))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath();
        long fact = created.getLong("id");
        String v1 = as(token).header("If-Match", "\"v0\"").contentType("application/merge-patch+json")
                .body("{\"date\":\"2012-06\"}").patch("/api/v1/facts/" + fact)
                .then().statusCode(200).extract().header("ETag");
        JsonPath cited = as(token).header("If-Match", v1).contentType(ContentType.JSON)
                .body(Map.of("source", source, "quote", "Peru signed it in 2007", "derivation", "context"))
                .post("/api/v1/facts/" + fact + "/citations")
                .then().statusCode(201).header("Location", containsString("/api/v1/citations/"))
                .body("provenance", hasSize(2)).extract().jsonPath();
        long second = cited.getLong("provenance[1].citation_id");
        String v3 = as(token).header("If-Match", "\"v2\"").contentType("application/merge-patch+json")
                .body("{\"derivation\":\"says the signature came first\"}").patch("/api/v1/citations/" + second)
                .then().statusCode(200).body("provenance[1].derivation", equalTo("says the signature came first"))
                .extract().header("ETag");
        String v4 = as(token).header("If-Match", v3).queryParam("reason", "not about the accession")
                .delete("/api/v1/citations/" + second)
                .then().statusCode(200).body("provenance", hasSize(1)).extract().header("ETag");
        long first = created.getLong("provenance[0].citation_id");
        as(token).header("If-Match", v4).delete("/api/v1/citations/" + first)
                .then().statusCode(409).body("detail", containsString("only citation"));
        as(token).header("If-Match", v4).queryParam("reason", "duplicate of a dataset fact")
                .delete("/api/v1/facts/" + fact).then().statusCode(204);

        api().get("/api/v1/facts/" + fact).then().statusCode(410).contentType("application/problem+json")
                .body("detail", containsString("duplicate of a dataset fact"));
        api().get("/api/v1/states/PER/ratifications/CPED").then()
                .body("actions.provenance.flatten().source_id", not(hasItems(source)));
        String lastCitationRetracted = api().get("/api/v1/facts/" + fact + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("create", "update", "create", "update", "retract", "retract")))
                .body("items.target_kind", equalTo(List.of("fact", "fact", "citation", "citation", "citation", "fact")))
                .body("items[5].state", nullValue())
                .body("items[4].state.claim.date", equalTo("2012-06"))
                .extract().path("items[4].at");
        api().queryParam("as_of", lastCitationRetracted).get("/api/v1/facts/" + fact + "/history").then()
                .body("items", hasSize(5))
                .body("items[4].state.citations", hasSize(1));

        as(token).queryParam("actor", actor).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.actor", equalTo(List.of(actor, actor, actor, actor, actor, actor, actor)))
                .body("items.target_kind", equalTo(List.of("fact", "citation", "citation", "citation", "fact", "fact", "source")))
                .body("items[0].before.claim.date", equalTo("2012-06"))
                .body("items[0].after", nullValue())
                .body("items[5].before", nullValue())
                .body("items[5].after.citations[0].quote", equalTo("Peru acceded to the Convention in 2012"))
                .body("items[6].after.sha256", not(nullValue()));
    }

    @Test
    void theSeedLoadersWritesAreAuditedToo() {
        as(Editors.editor("auditor")).queryParam("actor", "seed-loader").queryParam("target_kind", "fact")
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", greaterThan(60))
                .body("items[0].after.kind", not(nullValue()));
    }
}
