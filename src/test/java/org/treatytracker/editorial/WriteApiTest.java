package org.treatytracker.editorial;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatytracker.editorial.Articles.api;
import static org.treatytracker.editorial.Articles.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adding articles and claims: the same checks as the seed loader, exact text, code-point offsets. */
@QuarkusTest
class WriteApiTest {

    /** Vietnamese (precomposed), Arabic and Hebrew (RTL), emoji (flag, ZWJ family), combining marks. */
    private static final String MIXED = "Hà Nội – Việt Nam. مرحبا بالعالم. שלום. 🇻🇳 👨‍👩‍👧 fe\u0301te\u0301 a\u0308.\n"
            + "Le Viet Nam a ratifié la Convention relative aux droits des personnes handicapées 🎉 en 2015.";

    @Test
    void anArticleIsStoredExactlyAsSentAndOnce() throws Exception {
        String text = MIXED + " " + System.nanoTime();
        JsonPath added = editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Unicode", "language", "fr", "text", text))
                .post("/api/v1/sources")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/sources/"))
                .extract().jsonPath();
        String id = added.getString("id");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), added.getString("sha256"));
        assertEquals(text.codePointCount(0, text.length()), added.getInt("char_length"));
        byte[] served = api().get("/api/v1/sources/" + id + "/text").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, served);

        editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Same text again", "language", "fr", "text", text))
                .post("/api/v1/sources")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id));
    }

    @Test
    void aClaimIsLocatedInCodePointsAndShownWithItsEvidence() {
        String source = Articles.add(MIXED);
        String quote = "Le Viet Nam a ratifié la Convention relative aux droits des personnes handicapées 🎉 en 2015";
        JsonPath fact = editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "treaty_action", "party", "Norvège", "treaty", "CRPD", "action", "ratification",
                        "date", "2015", "citations", List.of(Map.of("source", source, "quote", quote))))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .body("owner", equalTo("editor"))
                .body("claim.party", equalTo("NOR"))
                .extract().jsonPath();
        int start = fact.getInt("provenance[0].start");
        int end = fact.getInt("provenance[0].end");
        String text = api().get("/api/v1/sources/" + source + "/text").then().extract().asString();
        int[] points = text.codePoints().toArray();
        assertEquals(quote, new String(points, start, end - start));
        assertEquals(MIXED.substring(0, MIXED.indexOf("Le Viet")).codePointCount(0, MIXED.indexOf("Le Viet")), start);

        api().get("/api/v1/states/NOR/ratifications/CRPD").then().statusCode(200)
                .body("actions.provenance.flatten().quote", hasItem(quote))
                .body("actions.provenance.flatten().source_id", hasItem(source));
        api().get("/api/v1/sources/" + source + "/claims").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].fact_id", equalTo(fact.getInt("id")));
    }

    @Test
    void aQuoteNotInTheTextIs422NamingIt() {
        String source = Articles.add("Le Vietnam a accepté 182 recommandations sur un total de 227.");
        editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "upr_review", "state", "VNM", "cycle", 2, "recommendations_total", 227,
                        "accepted", 182, "citations", List.of(Map.of("source", source, "quote", "accepté 183 recommandations"))))
                .post("/api/v1/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasItem(containsString("quote not found in the source text: \"accepté 183 recommandations\"")));
    }

    @Test
    void everyProblemOfAClaimIsListed() {
        String source = Articles.add("Texte court.");
        Articles.editorOff().contentType(ContentType.JSON)
                .body(Map.of("kind", "treaty_action", "party", "Atlantide", "treaty", "Traité imaginaire",
                        "action", "ratification", "date", "2015-13",
                        "citations", List.of(Map.of("source", source, "quote", "absent"), Map.of("source", "nope", "quote", "x"))))
                .post("/api/v1/claims")
                .then().statusCode(422)
                .body("errors", hasSize(5));
    }

    @Test
    void aRepeatedQuoteNeedsAPrefixOrSuffixAndNoNormalisationHappens() {
        String source = Articles.add("Le Vietnam a signé. Puis le Vietnam a signé de nouveau. Élan: e\u0301.");
        Map<String, Object> claim = Map.of("kind", "treaty_action", "party", "VNM", "treaty", "ICMW", "action", "signature");
        editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Vietnam a signé")))
                .post("/api/v1/claims").then().statusCode(422)
                .body("detail", containsString("occurs 2 times"));
        editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Vietnam a signé", "suffix", " de nouveau")))
                .post("/api/v1/claims").then().statusCode(201)
                .body("provenance[0].start", equalTo("Le Vietnam a signé. Puis le ".length()));
        // The text has e + combining acute; a precomposed é in the quote is another string.
        editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Élan: é")))
                .post("/api/v1/claims").then().statusCode(422);
    }

    @Test
    void aQuoteGivenWithItsStartIsPlacedThereAndAWrongStartIs422NamingIt() {
        String lead = "😀 Le Vietnam a signé. Puis le ";
        String source = Articles.add(lead + "Vietnam a signé de nouveau.");
        int second = lead.codePointCount(0, lead.length());
        Map<String, Object> claim = Map.of("kind", "treaty_action", "party", "VNM", "treaty", "ICMW", "action", "signature");
        JsonPath fact = editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Vietnam a signé", "start", second)))
                .post("/api/v1/claims").then().statusCode(201)
                .body("provenance[0].start", equalTo(second))
                .body("provenance[0].end", equalTo(second + "Vietnam a signé".length()))
                .extract().jsonPath();
        editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Vietnam a signé", "start", second + 1)))
                .post("/api/v1/claims").then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasItem(containsString("in source '" + source + "': the quote does not begin at start "
                        + (second + 1) + ", where the text reads \"ietnam a signé \"")));
        editor().contentType(ContentType.JSON)
                .body(with(claim, Map.of("source", source, "quote", "Vietnam a signé", "start", 10_000)))
                .post("/api/v1/claims").then().statusCode(422)
                .body("detail", containsString("outside the text"));

        long citation = fact.getLong("provenance[0].citation_id");
        String etag = Articles.etag(fact.getLong("id"));
        String first = editor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"start\":5}").patch("/api/v1/citations/" + citation)
                .then().statusCode(200).body("provenance[0].start", equalTo(5))
                .body("provenance[0].quote", equalTo("Vietnam a signé")).extract().header("ETag");
        editor().header("If-Match", first).contentType("application/merge-patch+json")
                .body("{\"quote\":\"Vietnam a sign\\u00e9\",\"start\":5,\"derivation\":\"read back as it is\"}")
                .patch("/api/v1/citations/" + citation)
                .then().statusCode(200).body("provenance[0].start", equalTo(5))
                .body("provenance[0].derivation", equalTo("read back as it is"));
        editor().header("If-Match", Articles.etag(fact.getLong("id"))).contentType("application/merge-patch+json")
                .body("{\"start\":3}").patch("/api/v1/citations/" + citation)
                .then().statusCode(422).body("detail", containsString("does not begin at start 3"));
    }

    @Test
    void seedFactsAreMaintainedInTheSeedFiles() {
        editor().header("If-Match", Articles.etag(1)).contentType("application/merge-patch+json").body("{\"treaty\":\"CAT\"}")
                .patch("/api/v1/facts/1").then().statusCode(409)
                .body("detail", containsString("seed files"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\":\"treaty_action\",\"party\":\"VNM\",\"color\":\"red\"}|unknown field 'color'",
        "{\"kind\":\"treaty_action\",\"party\":\"VN\\u0000M\"}|U+0000",
        "{\"kind\":\"treaty_action\",\"party\":\"\\ud800\"}|lone UTF-16 surrogate",
        "{\"kind\":\"upr_review\",\"cycle\":\"two\"}|'cycle' must be a whole number",
        "{\"kind\":\"alliance\"}|unknown kind 'alliance'",
        "{\"kind\":\"treaty_action\",\"kind\":\"treaty_action\"}|appears twice",
        "{\"kind\":|malformed JSON",
        "[]|must be an object",
        "{\"id\":\"mine\",\"kind\":\"treaty_action\",\"citations\":[]}|assigned by the server"})
    void badBodiesAre400WithTheReason(String row) {
        String[] parts = row.split("\\|");
        Articles.editorOff().contentType(ContentType.JSON).body(parts[0])
                .post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(parts[1]));
    }

    @Test
    void oversizeAndWrongMediaTypesAreProblems() {
        String huge = "a".repeat(2 * 1024 * 1024 + 1);
        Articles.editorOff().contentType(ContentType.JSON).body("{\"title\":\"x\",\"language\":\"fr\",\"text\":\"" + huge + "\"}")
                .post("/api/v1/sources")
                .then().statusCode(413).contentType("application/problem+json");
        Articles.editorOff().contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/claims")
                .then().statusCode(415).contentType("application/problem+json");
    }

    private static Map<String, Object> with(Map<String, Object> claim, Map<String, ?> citation) {
        Map<String, Object> body = new HashMap<>(claim);
        body.put("citations", List.of(citation));
        return body;
    }
}
