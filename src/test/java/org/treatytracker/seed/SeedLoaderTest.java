package org.treatytracker.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.figure.ReportedFigure;
import org.treatytracker.provenance.Fact;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.Editors;
import org.treatytracker.support.SeedCopy;

/** The seed loader against a real database; the application loaded the real seeds on start. */
@QuarkusTest
class SeedLoaderTest {

    private static final String ARTICLE_000 = "claims/000_a06249cdaee31e0b.yaml";

    @Inject
    SeedLoader loader;

    @Test
    void everyCuratedQuoteIsStoredAsAPassage() throws IOException {
        AtomicInteger quotes = new AtomicInteger();
        SeedCopy.realClaimFiles().forEach(file -> file.get("claims").forEach(claim ->
                claim.get("citations").forEach(citation -> {
                    if (citation.has("quote")) {
                        quotes.incrementAndGet();
                    }
                })));
        assertTrue(quotes.get() >= 20, "the seeds quote the articles: " + quotes.get());
        assertEquals(quotes.get(), DbSnapshot.count("""
                SELECT count(*) FROM citations c JOIN facts f ON f.id = c.fact_id
                WHERE c.quote IS NOT NULL AND f.seed_key IS NOT NULL"""));
        assertEquals(0, DbSnapshot.count("""
                SELECT count(*) FROM citations c JOIN sources s ON s.id = c.source_id
                WHERE c.quote IS NOT NULL
                  AND substring(s.body FROM c.start_cp + 1 FOR c.end_cp - c.start_cp) <> c.quote"""));
        assertEquals(0, DbSnapshot.count(
                "SELECT count(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.fact_id = f.id)"));
        String article = Files.readString(Path.of("seeds/articles/000_a06249cdaee31e0b.txt"));
        assertTrue(DbSnapshot.count("SELECT count(*) FROM sources WHERE id = '000_a06249cdaee31e0b' AND char_length = "
                + article.codePointCount(0, article.length())) == 1);
    }

    @Test
    void loadingTheSameSeedsAgainChangesNothing() {
        DbSnapshot before = DbSnapshot.take();
        SeedLoadResult result = loader.load(SeedCopy.SEEDS);
        assertFalse(result.changed());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aCorruptedQuoteAbortsTheLoadWithNothingWritten(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        String claim = seeds.editFirstClaim(ARTICLE_000, c -> c.get("citations").get(0).has("quote"),
                c -> {
                    var citation = (com.fasterxml.jackson.databind.node.ObjectNode) c.get("citations").get(0);
                    citation.put("quote", citation.get("quote").asText() + " (texte altéré)");
                });
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertTrue(failure.getMessage().contains(ARTICLE_000), failure.getMessage());
        assertTrue(failure.getMessage().contains("claim '" + claim + "'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("quote not found"), failure.getMessage());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void anUnknownTreatyOrStateAbortsTheLoad(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        String treatyClaim = seeds.editFirstClaim(ARTICLE_000, c -> c.has("treaty"),
                c -> c.put("treaty", "Convention imaginaire sur les licornes"));
        String stateClaim = seeds.editFirstClaim(ARTICLE_000, c -> c.has("state"), c -> c.put("state", "Atlantide"));
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertEquals(2, failure.problems().size(), failure.getMessage());
        assertTrue(failure.problems().get(0).contains("claim '" + treatyClaim + "'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Convention imaginaire sur les licornes"), failure.getMessage());
        assertTrue(failure.getMessage().contains("claim '" + stateClaim + "'"), failure.getMessage());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aRecommendationIsNotASeedClaim(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        String claim = seeds.editFirstClaim(ARTICLE_000, c -> "upr_review".equals(c.path("kind").asText()), c -> {
            c.retain("id", "citations");
            c.put("kind", "upr_recommendation").put("review", 1).put("text", "Ratifier").put("language", "fr");
        });
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertTrue(failure.getMessage().contains("claim '" + claim + "'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("not written in seed files"), failure.getMessage());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aSeedReviewHoldingEditorsRecommendationsIsNotRemovedUnderThem(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        JsonNode file = seeds.read(ARTICLE_000);
        ArrayNode claims = (ArrayNode) file.get("claims");
        int index = 0;
        while (!"upr_review".equals(claims.get(index).path("kind").asText())) {
            index++;
        }
        long review = factId(claims.get(index).get("id").asText());
        claims.remove(index);
        seeds.write(ARTICLE_000, file);
        String token = "Bearer " + Editors.editor("seed-test-editor");
        long recommendation = given().header("Authorization", token).contentType("application/json")
                .body(Map.of("kind", "upr_recommendation", "review", review, "text", "Appliquer les recommandations",
                        "language", "fr", "citations", List.of(Map.of("source", "000_a06249cdaee31e0b",
                                "quote", "Le pays continuera de réaliser les recommandations de l’EPU"))))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertTrue(failure.getMessage().contains("UPR review " + review + " holds 1 recommendation(s) added by editors"),
                failure.getMessage());
        assertEquals(before, DbSnapshot.take());
        given().header("Authorization", token).header("If-Match", "\"v0\"")
                .delete("/api/v1/recommendations/" + recommendation).then().statusCode(204);
    }

    @Test
    void malformedMetadataAbortsTheLoad(@TempDir Path tmp) throws IOException {
        SeedCopy seeds = SeedCopy.of(tmp);
        Path articles = seeds.dir().resolve("articles.yaml");
        Files.writeString(articles, Files.readString(articles).replaceFirst("(?m)^(\\s+)language:", "$1langue:"));
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertTrue(failure.getMessage().contains("articles.yaml: malformed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("langue"), failure.getMessage());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void sessionMonthsMustBeMonthsInACycleCitingAReference(@TempDir Path tmp) throws IOException {
        SeedCopy seeds = SeedCopy.of(tmp);
        Path cycles = seeds.dir().resolve("reference/upr-cycles.yaml");
        Files.writeString(cycles, Files.readString(cycles)
                .replace("held_in: \"2009-05\"", "held_in: \"2009-05-04\"")
                + "  - number: 0\n    held_in: \"2008-01\"\n    reference: {source: nowhere, locator: \"page\"}\n");
        DbSnapshot before = DbSnapshot.take();

        SeedLoadException failure = assertThrows(SeedLoadException.class, () -> loader.load(seeds.dir()));

        assertTrue(failure.getMessage().contains("session 5: 'held_in' is a month"), failure.getMessage());
        assertTrue(failure.getMessage().contains("session 0 is in no cycle"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'nowhere' is not a source"), failure.getMessage());
        assertEquals(before, DbSnapshot.take());
    }

    @Test
    void aChangedSeedIsAppliedAndFactsKeepTheirIds(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        BigDecimal[] original = new BigDecimal[1];
        String claim = seeds.editFirstClaim(ARTICLE_000, c -> "reported_figure".equals(c.path("kind").asText()), c -> {
            original[0] = c.get("value").decimalValue();
            c.put("value", original[0].add(BigDecimal.valueOf(1000)));
        });
        long id = factId(claim);
        try {
            assertTrue(loader.load(seeds.dir()).changed());
            assertEquals(0, original[0].add(BigDecimal.valueOf(1000)).compareTo(figureValue(claim)));
            assertEquals(id, factId(claim));
        } finally {
            assertTrue(loader.load(SeedCopy.SEEDS).changed());
        }
        assertEquals(0, original[0].compareTo(figureValue(claim)));
        assertEquals(id, factId(claim));
    }

    @Test
    void aRemovedClaimIsRemovedFromTheDatabase(@TempDir Path tmp) {
        SeedCopy seeds = SeedCopy.of(tmp);
        JsonNode content = seeds.read(ARTICLE_000);
        String removed = content.get("claims").get(0).get("id").asText();
        ((com.fasterxml.jackson.databind.node.ArrayNode) content.get("claims")).remove(0);
        seeds.write(ARTICLE_000, content);
        try {
            assertTrue(loader.load(seeds.dir()).changed());
            assertEquals(0, DbSnapshot.count("SELECT count(*) FROM facts WHERE seed_key = '" + removed + "'"));
        } finally {
            loader.load(SeedCopy.SEEDS);
        }
        assertEquals(1, DbSnapshot.count("SELECT count(*) FROM facts WHERE seed_key = '" + removed + "'"));
    }

    private static long factId(String seedKey) {
        return QuarkusTransaction.requiringNew().call(() -> Fact.findBySeedKey(seedKey).orElseThrow().id);
    }

    private static BigDecimal figureValue(String seedKey) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((ReportedFigure) Fact.findBySeedKey(seedKey).orElseThrow()).value);
    }
}
