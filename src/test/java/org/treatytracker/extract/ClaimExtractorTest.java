package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.QuoteLocator;

class ClaimExtractorTest {

    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void aCandidateIsTheClaimsApiBodyWithItsPassageRuleAndConfidence() throws Exception {
        List<Candidate> found = ReferenceNames.fr("Lors de son EPU de 2013, le Rwanda a accepté 160 des 200 recommandations.", "2014");
        JsonNode candidate = JSON.readTree(JSON.writeValueAsString(found.get(0)));
        assertEquals(List.of("claim", "quote", "start", "end", "rule", "confidence", "weak", "teaser",
                "notes"), fields(candidate));
        JsonNode claim = candidate.get("claim");
        assertEquals(List.of("kind", "state", "cycle", "session", "reviewed_on", "adopted_at_hrc_session",
                "recommendations_total", "accepted", "noted", "citations"), fields(claim));
        assertEquals("upr_review", claim.get("kind").asText());
        assertEquals(2, claim.get("cycle").asInt());
        assertTrue(claim.get("noted").isNull(), "what the text does not report is null, not computed");
        assertEquals(List.of("source", "quote", "start", "prefix", "suffix", "derivation"), fields(claim.get("citations").get(0)));
        assertEquals("src", claim.get("citations").get(0).get("source").asText());
    }

    @Test
    void offsetsCountCodePointsAndARepeatedQuoteIsPlacedByItsStart() throws Exception {
        String text = "😀 Résumé. Le Chili a ratifié la Convention contre la torture en 1988.\n"
                + "😀 Autre dépêche. Le Chili a ratifié la Convention contre la torture en 1988.\n";
        List<Candidate> found = ReferenceNames.fr(text, "2020");
        assertEquals(1, found.size(), "one fact, one claim");
        Candidate candidate = found.get(0);
        int[] codePoints = text.codePoints().toArray();
        assertEquals(candidate.quote(), new String(codePoints, candidate.start(), candidate.end() - candidate.start()));
        CitationBody first = candidate.claim().citations().get(0);
        CitationBody second = candidate.claim().citations().get(1);
        assertEquals(first.quote(), second.quote(), "the same words at two places");
        assertEquals(candidate.start(), first.start());
        assertEquals(text.codePointCount(0, text.lastIndexOf("Chili a ratifié")), second.start());
        CodePointOffsets offsets = CodePointOffsets.of(text);
        for (CitationBody citation : List.of(first, second)) {
            assertNull(citation.prefix(), "the start picks the occurrence");
            assertEquals(citation.start(), QuoteLocator.locateAt(text, offsets, citation.quote(), citation.start(), null, null)
                    .start());
        }
    }

    @Test
    void vaguerMentionsAreMoreCitationsOfTheFullerClaim() {
        String text = "Le Vietnam est membre du Conseil des droits de l'homme, a rappelé le ministre. Le Vietnam a été "
                + "élu membre du Conseil des droits de l'homme pour le mandat 2023-2025. Le Laos est candidat au Conseil "
                + "des droits de l'homme. Le Vietnam siège au Conseil des droits de l'homme.";
        List<Candidate> found = ReferenceNames.fr(text, "2024");
        assertEquals(2, found.size(), found.toString());
        HrcMembershipBody vietnam = (HrcMembershipBody) found.get(0).claim();
        assertEquals(2023, vietnam.termStart());
        assertEquals(List.of(text.indexOf("membre du Conseil des droits de l'homme pour"),
                text.indexOf("membre du Conseil"), text.indexOf("siège")),
                vietnam.citations().stream().map(CitationBody::start).toList(), "its own passage first, then the vaguer ones");
        assertTrue(found.get(0).notes().stream().anyMatch(n -> n.startsWith("also supported by « membre du Conseil des droits "
                + "de l'homme »")), found.get(0).notes().toString());
        assertNull(((HrcMembershipBody) found.get(1).claim()).termStart(), "a candidacy is not folded into a membership");
    }

    @Test
    void claimsInATeaserBlockAreKeptMarkedAndTrustedLess() {
        String text = "Le Pérou a ratifié la Convention contre la torture en 1988, a rappelé le ministre lors d'une "
                + "conférence de presse consacrée aux droits de l'homme et aux engagements internationaux du pays.\n\n"
                + "Voir plus\n\nLe Chili a ratifié la Convention contre la torture en 1988.\n";
        List<Candidate> found = ReferenceNames.fr(text, "2020");
        assertEquals(2, found.size());
        assertFalse(found.get(0).teaser());
        assertTrue(found.get(1).teaser());
        assertEquals(found.get(0).confidence() - 0.05, found.get(1).confidence(), 0.001);
        assertTrue(found.get(1).notes().stream().anyMatch(n -> n.contains("Voir plus")), found.get(1).notes().toString());
    }

    @Test
    void byDefaultOnlyConfidentCandidatesAreReturnedAndTheWeakOnesAreMarkedWhenAskedFor() {
        String text = "Le Pérou a ratifié la Convention contre la torture en 1988. Le Chili est membre du Conseil des "
                + "droits de l'homme, a rappelé le ministre.";
        List<Candidate> all = ReferenceNames.fr(text, "2020");
        List<Candidate> confident = ReferenceNames.confident(Language.fr, text, "2020");
        assertEquals(2, all.size(), all.toString());
        assertFalse(all.get(0).weak());
        assertTrue(all.get(1).weak(), "a membership without a term found is weak");
        for (Candidate candidate : all) {
            assertEquals(candidate.confidence() < ClaimExtractor.CONFIDENT, candidate.weak(), candidate.toString());
        }
        assertEquals(all.stream().filter(c -> !c.weak()).toList(), confident);
    }

    @Test
    void noClaimsFromATextWithout() {
        assertEquals(List.of(), ReferenceNames.fr("Il a fait beau à Genève, où 3 000 personnes ont défilé.", "2020"));
        assertNull(ReferenceNames.fr("Le Chili a signé la Convention contre la torture.", null).get(0).claim().citations()
                .get(0).derivation(), "nothing inferred, nothing to explain");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
