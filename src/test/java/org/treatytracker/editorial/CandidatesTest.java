package org.treatytracker.editorial;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Editors;

/** From a new article to a claim: the extractor proposes, the editor accepts through POST /claims. */
@QuarkusTest
class CandidatesTest {

    @Test
    void anAcceptedCandidateBecomesAClaimWithItsPassage() {
        String text = "Genève (AFP) - Le Pérou a ratifié le 14 septembre le Protocole facultatif se rapportant à "
                + "la Convention relative aux droits des personnes handicapées, a indiqué jeudi son ministère. "
                + System.nanoTime();
        String source = editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Pérou", "language", "fr", "published_on", "2024-03-14", "text", text))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> candidates = editor().post("/api/v1/sources/" + source + "/candidates")
                .then().statusCode(200)
                .body("source", equalTo(source))
                .body("candidates", not(empty()))
                .extract().path("candidates.findAll { it.claim.kind == 'treaty_action' && !it.teaser }");
        assertFalse(candidates.isEmpty(), "a treaty action is proposed");
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) candidates.get(0).get("claim");

        editor().contentType(ContentType.JSON).body(claim)
                .post("/api/v1/claims").then().statusCode(201)
                .body("claim.party", equalTo("PER"))
                .body("claim.treaty", equalTo("OP-CRPD"))
                .body("claim.date", equalTo("2023-09-14"))
                .body("claim.date_basis", equalTo("inferred"))
                .body("provenance[0].source_id", equalTo(source));
        api().get("/api/v1/states/PER/ratifications/OP-CRPD").then().statusCode(200)
                .body("actions.provenance.flatten().source_id", hasItem(source));
    }

    @Test
    void weakCandidatesComeOnlyWhenAskedForAndMarkedSo() {
        String text = "Le Chili a ratifié la Convention contre la torture en 1988. Le Pérou est membre du Conseil des "
                + "droits de l'homme, a rappelé le ministre. " + System.nanoTime();
        String source = editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Chili", "language", "fr", "published_on", "2024-03-14", "text", text))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");

        editor().post("/api/v1/sources/" + source + "/candidates").then().statusCode(200)
                .body("candidates", hasSize(1))
                .body("candidates[0].claim.kind", equalTo("treaty_action"))
                .body("candidates[0].weak", equalTo(false));
        editor().post("/api/v1/sources/" + source + "/candidates?weak=false").then().statusCode(200)
                .body("candidates", hasSize(1));
        editor().post("/api/v1/sources/" + source + "/candidates?weak=true").then().statusCode(200)
                .body("candidates", hasSize(2))
                .body("candidates[1].claim.kind", equalTo("hrc_membership"))
                .body("candidates[1].claim.term_start", equalTo(null))
                .body("candidates[1].weak", equalTo(true));
        Articles.editorOff().post("/api/v1/sources/" + source + "/candidates?weak=oui").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("'weak'"));
    }

    @Test
    void aQuoteThatOccursTwiceIsProposedWithItsStartAndAcceptedAtThatPassage() {
        String sentence = "Le Chili a ratifié la Convention contre la torture en 1988. ";
        String lead = "😀 " + sentence + "Photo : VNA. ";
        String text = lead + sentence + System.nanoTime();
        String source = editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Chili", "language", "fr", "published_on", "2024-03-14", "text", text))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> citations = editor().post("/api/v1/sources/" + source + "/candidates")
                .then().statusCode(200)
                .body("candidates", hasSize(1))
                .extract().path("candidates[0].claim.citations");
        int second = lead.codePointCount(0, lead.length()) + "Le ".length();
        assertEquals(List.of(2 + "Le ".length(), second), citations.stream().map(c -> c.get("start")).toList());

        Map<String, Object> claim = new HashMap<>(Map.of("kind", "treaty_action", "party", "CHL", "treaty", "CAT",
                "action", "ratification", "date", "1988"));
        claim.put("citations", List.of(citations.get(1)));
        editor().contentType(ContentType.JSON).body(claim)
                .post("/api/v1/claims").then().statusCode(201)
                .body("provenance[0].start", equalTo(second))
                .body("provenance[0].quote", equalTo(citations.get(1).get("quote")));
    }

    @Test
    void anExtractionWhoseClientLeavesStops() throws Exception {
        StringBuilder seeds = new StringBuilder();
        for (Path article : Files.list(Path.of("seeds/articles")).sorted().toList()) {
            seeds.append(Files.readString(article)).append('\n');
        }
        // read for seconds (bench/results/extract.md): the client leaves long before the end and the 5 s budget
        String text = seeds.toString().repeat(20).substring(0, 900_000) + System.nanoTime();
        String source = editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Long", "language", "fr", "published_on", "2024-03-14", "text", text))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        double completed = Extractions.count("completed");
        double abandoned = Extractions.count("abandoned");

        try (Socket client = new Socket("127.0.0.1", RestAssured.port)) {
            client.getOutputStream().write(("POST /api/v1/sources/" + source + "/candidates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Editors.editor("test-editor") + "\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            Thread.sleep(300);
        }
        for (int i = 0; i < 100 && Extractions.count("abandoned") == abandoned; i++) {
            Thread.sleep(100);
        }
        assertEquals(abandoned + 1, Extractions.count("abandoned"), "given up when the connection closed");
        assertEquals(completed, Extractions.count("completed"), "not read to the end");
    }

    @Test
    void onlyEditorsAskForCandidates() {
        Articles.off().post("/api/v1/sources/000_a06249cdaee31e0b/candidates").then().statusCode(401);
        editor().post("/api/v1/sources/000_a06249cdaee31e0b/candidates").then().statusCode(200)
                .body("language", equalTo("fr"));
        editor().post("/api/v1/sources/no-such-source/candidates").then().statusCode(404);
    }
}
