package org.treatytracker.extract;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.treatytracker.TrackerConfig;
import org.treatytracker.catalog.NameIndex;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.Source;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.SourceId;

/**
 * Candidate claims for a stored article or any text, with the names and the UPR calendar the
 * database holds at the time of the call. Proposes only: nothing is written.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    private final EntityManager em;
    private final Duration timeBudget;
    private final MeterRegistry metrics;

    public ExtractionService(EntityManager em, TrackerConfig config, MeterRegistry metrics) {
        this.em = em;
        this.timeBudget = config.extract().timeBudget();
        this.metrics = metrics;
    }

    /** An article with what it is read with: the database's names and calendar as they were when asked. */
    private record Prepared(Article article, ClaimExtractor extractor) {
    }

    /**
     * The candidates of a stored article for {@code POST /api/v1/sources/{id}/candidates}: read within
     * the time budget, and given up as soon as {@code clientGone} says nobody waits for them. The
     * article, names and calendar are read in a transaction that ends before the text is, so that no
     * database connection is held while it is read. Counted in {@code tracker_extractions_total} by outcome.
     *
     * @throws ApiException as {@link #candidatesFor(String)} (a malformed id cannot arrive as a {@link SourceId}),
     *                      and 422 when the budget is spent (or the client gone) before the end of the text:
     *                      nothing is proposed then
     */
    public CandidateList listFor(SourceId sourceId, BooleanSupplier clientGone, boolean weakToo) {
        Prepared prepared = QuarkusTransaction.joiningExisting().call(() -> prepare(storedArticle(sourceId)));
        Article article = prepared.article();
        try {
            List<Candidate> candidates = prepared.extractor().extract(article, ExtractionBudget.of(timeBudget, clientGone),
                    weakToo);
            metrics.counter("tracker.extractions", "outcome", "completed").increment();
            return CandidateList.of(article, candidates);
        } catch (ExtractionStopped stopped) {
            boolean gone = stopped.reason() == ExtractionStopped.Reason.ABANDONED;
            metrics.counter("tracker.extractions", "outcome", gone ? "abandoned" : "over_budget").increment();
            int length = article.text().length();
            LOG.infof("Extraction of source '%s' (%d characters) stopped after %s: %s", article.sourceId(), length,
                    seconds(stopped.elapsed()), gone ? "the client went away" : "its time budget is spent");
            throw new ApiException(422, "Unprocessable Content", gone
                    ? "The client went away; reading source '" + article.sourceId() + "' was given up."
                    : "Reading source '" + article.sourceId() + "' (" + length + " characters) for candidates takes longer "
                            + "than the time budget of " + seconds(timeBudget) + " (tracker.extract.time-budget): it was "
                            + "stopped, and nothing is proposed. Store the article in smaller parts, or ask an operator "
                            + "for a larger budget.");
        }
    }

    /**
     * The candidates of a stored article with what they were read from (language, publication date), the weak
     * ones too (marked so) when {@code weakToo}; no time budget.
     */
    @Transactional
    public CandidateList listFor(String sourceId, boolean weakToo) {
        Article article = storedArticle(new SourceId(sourceId));
        return CandidateList.of(article, candidatesFor(article, weakToo));
    }

    /**
     * The candidates of a stored article; no time budget.
     *
     * @throws ApiException 400 for a malformed id, 404 for an unknown source or one without a
     *                      stored text, 422 for an article in a language the extractor does not read
     */
    @Transactional
    public List<Candidate> candidatesFor(String sourceId) {
        return candidatesFor(storedArticle(new SourceId(sourceId)));
    }

    /**
     * The candidates of any text with what it was read with (language, publication date), the weak ones too
     * (marked so) when {@code weakToo}; no time budget.
     */
    @Transactional
    public CandidateList listFor(Article article, boolean weakToo) {
        return CandidateList.of(article, candidatesFor(article, weakToo));
    }

    /** The candidates of any text (a file not stored, a draft); cited to {@code article.sourceId()} when it has one. */
    @Transactional
    public List<Candidate> candidatesFor(Article article) {
        return candidatesFor(article, false);
    }

    /** The candidates of any text, with the weak ones too (marked so) when {@code weakToo}. */
    @Transactional
    public List<Candidate> candidatesFor(Article article, boolean weakToo) {
        Prepared prepared = prepare(article);
        return prepared.extractor().extract(prepared.article(), ExtractionBudget.UNLIMITED, weakToo);
    }

    private Prepared prepare(Article article) {
        return new Prepared(article, new ClaimExtractor(CatalogGazetteer.of(NameIndex.load(em)), calendar()));
    }

    private static Article storedArticle(SourceId sourceId) {
        String id = sourceId.id();
        Source source = Source.<Source>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No source with id '" + id + "'."));
        if (source.body == null) {
            throw ApiException.notFound("Source '" + id + "' has no stored text to read.");
        }
        Language language = Language.of(source.language).orElseThrow(() -> new ApiException(422, "Unprocessable Content",
                "Source '" + id + "' is in '" + Codes.printable(source.language) + "'; the extractor reads fr and en."));
        PartialDate published = source.published == null ? null : source.published.partial();
        return new Article(source.body, language, published, source.id);
    }

    private static UprCalendar calendar() {
        return new UprCalendar(UprCycle.listOrdered().stream()
                .map(c -> new UprCalendar.Cycle(c.number, c.starts.date().getYear(), c.ends == null ? null : c.ends.date().getYear(),
                        c.firstSession, c.lastSession))
                .toList());
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
