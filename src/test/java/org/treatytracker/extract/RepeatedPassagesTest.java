package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.Source;

/**
 * Texts that say the same thing many times: every passage a candidate cites, sent to the claims
 * API as it is, is placed back where the extractor found it by the API's own {@link CitationBuilder}.
 */
class RepeatedPassagesTest {

    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static final String HRC = "Le Vietnam a été élu membre du Conseil des droits de l'homme des Nations Unies "
            + "pour le mandat 2023-2025, avec 145 voix sur 193. ";

    @Test
    void aSentenceRepeatedGivesOneClaimCitingEveryRepetitionAtItsPlace() {
        // the emoji makes code-point offsets differ from UTF-16 indexes after it
        String text = "😀 " + HRC.repeat(40);
        List<Candidate> found = ReferenceNames.fr(text, "2024-03-14");
        Candidate membership = found.stream().filter(c -> c.claim() instanceof HrcMembershipBody).findFirst().orElseThrow();
        Set<Integer> starts = new TreeSet<>();
        membership.claim().citations().forEach(c -> starts.add(c.start()));
        assertEquals(40, starts.size(), "one citation at each repetition");
        for (Candidate candidate : found) {
            placesBack(text, candidate);
        }
    }

    @Test
    void aQuoteWhoseTextBeforeIsAlsoBeforeItsRepetitionIsPlacedBack() {
        // everything before the first occurrence ("Le ") stands before the second too: no prefix picks it
        String sentence = "Le Chili a ratifié la Convention contre la torture en 1988.\n";
        String text = sentence + "Photo : VNA\n" + sentence;
        List<Candidate> found = ReferenceNames.fr(text, "2020");
        assertEquals(1, found.size());
        assertEquals("Le ".length(), found.get(0).start());
        assertEquals(2, found.get(0).claim().citations().size());
        placesBack(text, found.get(0));
    }

    /** What the claims API does with the candidate's citations: each must land on the candidate's own spans. */
    private static void placesBack(String text, Candidate candidate) {
        Source source = new Source();
        source.id = "src";
        source.kind = Source.Kind.article;
        source.body = text;
        CitationBuilder builder = new CitationBuilder(id -> id.equals(source.id) ? source : null, s -> s.body);
        List<ClaimCitation> sent = new ArrayList<>();
        for (CitationBody citation : candidate.claim().citations()) {
            sent.add(JSON.convertValue(citation, ClaimCitation.class));
        }
        Problems problems = new Problems();
        List<Citation> placed = builder.build(sent, null, new Fields(problems, null));
        assertEquals(List.of(), problems.list());
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < placed.size(); i++) {
            CitationBody citation = candidate.claim().citations().get(i);
            assertEquals(citation.start(), placed.get(i).place.start);
            assertEquals(citation.quote(), new String(codePoints, placed.get(i).place.start, placed.get(i).place.end - placed.get(i).place.start));
        }
        assertTrue(placed.stream().anyMatch(c -> c.place.start == candidate.start()), "the candidate's own passage is cited");
    }
}
