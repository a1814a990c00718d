package org.treatytracker.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.importer.NameIndex;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.Source;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

/**
 * Candidate claims for a stored article or any text, with the names and the UPR calendar the
 * database holds at the time of the call. Proposes only: nothing is written.
 */
@ApplicationScoped
public class ExtractionService {

    private final EntityManager em;

    public ExtractionService(EntityManager em) {
        this.em = em;
    }

    /**
     * The candidates of a stored article ({@code POST /api/v1/sources/{id}/candidates}).
     *
     * @throws ApiException 400 for a malformed id, 404 for an unknown source or one without a
     *                      stored text, 422 for an article in a language the extractor does not read
     */
    @Transactional
    public List<Candidate> candidatesFor(String sourceId) {
        return candidatesFor(storedArticle(sourceId));
    }

    /** The candidates of a stored article with what they were read from (language, publication date). */
    @Transactional
    public CandidateList listFor(String sourceId) {
        Article article = storedArticle(sourceId);
        return CandidateList.of(article, candidatesFor(article));
    }

    private static Article storedArticle(String sourceId) {
        String id = Codes.source(sourceId);
        Source source = Source.<Source>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No source with id '" + id + "'."));
        if (source.body == null) {
            throw ApiException.notFound("Source '" + id + "' has no stored text to read.");
        }
        Language language = Language.of(source.language).orElseThrow(() -> new ApiException(422, "Unprocessable Content",
                "Source '" + id + "' is in '" + Codes.printable(source.language) + "'; the extractor reads fr and en."));
        PartialDate published = source.publishedOn == null ? null : new PartialDate(source.publishedOn, source.publishedPrecision);
        return new Article(source.body, language, published, source.id);
    }

    /** The candidates of any text (a file not stored, a draft); cited to {@code article.sourceId()} when it has one. */
    @Transactional
    public List<Candidate> candidatesFor(Article article) {
        return new ClaimExtractor(CatalogGazetteer.of(NameIndex.load(em)), calendar()).extract(article);
    }

    private static UprCalendar calendar() {
        return new UprCalendar(UprCycle.listOrdered().stream()
                .map(c -> new UprCalendar.Cycle(c.number, c.startsOn.getYear(), c.endsOn == null ? null : c.endsOn.getYear(),
                        c.firstSession, c.lastSession))
                .toList());
    }
}
