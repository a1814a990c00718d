package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.QuoteLocator;
import org.treatytracker.web.ApiException;

/** The service the candidates endpoint calls: a stored article read with the database's names and calendar. */
@QuarkusTest
class ExtractionServiceTest {

    private static final String ARTICLE = "000_a06249cdaee31e0b";

    @Inject
    ExtractionService extraction;

    @Test
    void aStoredArticleIsReadWithItsLanguageAndPublicationDateAndCitedByItsId() throws Exception {
        List<Candidate> candidates = extraction.candidatesFor(ARTICLE);
        assertFalse(candidates.isEmpty());
        String text = Files.readString(Path.of("seeds/articles", ARTICLE + ".txt"));
        CodePointOffsets offsets = CodePointOffsets.of(text);
        for (Candidate candidate : candidates) {
            for (CitationBody citation : candidate.claim().citations()) {
                assertEquals(ARTICLE, citation.source());
                QuoteLocator.locateAt(text, offsets, citation.quote(), citation.start(), citation.prefix(), citation.suffix());
            }
        }
        UprReviewBody firstReview = candidates.stream().map(Candidate::claim).filter(UprReviewBody.class::isInstance)
                .map(UprReviewBody.class::cast).findFirst().orElseThrow();
        assertEquals(1, firstReview.cycle(), "the calendar comes from the upr_cycles table");
        assertTrue(candidates.stream().anyMatch(c -> c.claim() instanceof ReportedFigureBody figure
                && "2015-12".equals(figure.asOf()) && "inferred".equals(figure.asOfBasis())), "as of the stored publication date");
    }

    @Test
    void unknownMalformedAndTextlessSourcesAreClientErrors() {
        assertEquals(404, assertThrows(ApiException.class, () -> extraction.candidatesFor("no-such-source")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> extraction.candidatesFor("../x")).status());
        assertEquals(404, assertThrows(ApiException.class, () -> extraction.candidatesFor("untc-chapter-iv")).status(),
                "a reference is cited by URL and has no text to read");
    }
}
