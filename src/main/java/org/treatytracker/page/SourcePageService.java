package org.treatytracker.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatytracker.figure.ReportedFigure;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.ClaimView;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.provenance.Source;
import org.treatytracker.provenance.SourceService;
import org.treatytracker.provenance.SourceView;
import org.treatytracker.upr.UprReview;
import org.treatytracker.web.SourceId;

/** A source's page, read in one transaction. */
@ApplicationScoped
public class SourcePageService {

    private final SourceService sources;

    public SourcePageService(SourceService sources) {
        this.sources = sources;
    }

    /** The page of the source {@code id}; empty when there is none. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<SourcePage> page(String id, PageContext context) {
        if (Source.findByIdOptional(id).isEmpty()) {
            return Optional.empty();
        }
        PageLanguage language = context.language();
        PageText text = language.text();
        SourceId sourceId = new SourceId(id);
        SourceView source = sources.get(sourceId);
        List<ClaimView> claims = sources.claims(sourceId);

        List<MarkedText.Passage> passages = new ArrayList<>();
        List<SourcePage.FactRow> facts = new ArrayList<>();
        for (ClaimView claim : claims) {
            List<String> anchors = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (ProvenanceView evidence : claim.provenance()) {
                if (evidence.start() != null && evidence.end() != null) {
                    passages.add(new MarkedText.Passage(evidence.citationId(), claim.factId(), evidence.start(), evidence.end()));
                    anchors.add("c" + evidence.citationId());
                } else if (evidence.locator() != null) {
                    places.add(evidence.locator());
                }
            }
            facts.add(new SourcePage.FactRow(claim.factId(), text.factKind(claim.kind()), claim.statement(), pageOf(claim.href(), context),
                    anchors, places));
        }
        String body = source.kind() == Source.Kind.article ? sources.text(sourceId) : null;
        List<Long> factIds = claims.stream().map(ClaimView::factId).toList();
        List<SourcePage.Comparison> comparisons = new ArrayList<>(figureComparisons(id, factIds, context));
        comparisons.addAll(reviewComparisons(id, factIds, context));
        return Optional.of(new SourcePage(
                source.id(),
                source.title(),
                text.sourceKind(source.kind().name()),
                source.publisher(),
                source.url(),
                source.language(),
                PageDates.show(source.publishedOn(), language),
                source.publishedOnNote(),
                PageDates.show(source.asOf(), language),
                source.kind() == Source.Kind.dataset ? source.complete() : null,
                source.fileName(),
                source.rowCount(),
                PageDates.show(source.retrievedOn(), language),
                body == null ? null : MarkedText.html(body, passages, text.goToFact()),
                passages.size(),
                facts,
                comparisons,
                source.href(),
                source.textHref(),
                source.claimsHref()));
    }

    /** The page that shows a fact, from its API path: a state's or a treaty's, else the API itself. */
    static String pageOf(String apiHref, PageContext context) {
        if (apiHref == null) {
            return null;
        }
        String[] parts = apiHref.split("[/?]");
        // "", "api", "v1", "states", "VNM", ...
        if (parts.length > 4 && (parts[3].equals("states") || parts[3].equals("treaties"))) {
            return context.link("/" + parts[3] + "/" + parts[4]);
        }
        if (apiHref.startsWith("/api/v1/figures?subject=")) {
            String subject = apiHref.substring("/api/v1/figures?subject=".length());
            return context.link((subject.matches("[A-Z]{3}") ? "/states/" : "/treaties/") + subject);
        }
        return apiHref;
    }

    /**
     * The figures other sources report about a subject of this source's figures in the same month (one event, such as a
     * treaty's signing ceremony), beside this source's: one comparison per subject and month that two sources speak of.
     */
    private List<SourcePage.Comparison> figureComparisons(String sourceId, List<Long> factIds, PageContext context) {
        Map<String, List<ReportedFigure>> groups = new LinkedHashMap<>();
        for (Long factId : factIds) {
            if (Fact.findById(factId) instanceof ReportedFigure figure) {
                String key = figure.subjectCode() + " " + month(figure);
                if (!groups.containsKey(key)) {
                    groups.put(key, ReportedFigure.<ReportedFigure>list(figure.subjectKind == ReportedFigure.SubjectKind.party
                                    ? "party.code = ?1 order by metric, id" : "treaty.code = ?1 order by metric, id", figure.subjectCode())
                            .stream().filter(other -> month(other).equals(month(figure))).toList());
                }
            }
        }
        PageText text = context.language().text();
        List<SourcePage.Comparison> comparisons = new ArrayList<>();
        groups.forEach((key, figures) -> {
            if (figures.stream().map(SourcePageService::sourceOf).distinct().count() < 2) {
                return;
            }
            List<SourcePage.Figure> lines = new ArrayList<>();
            boolean anyDisagreement = false;
            for (ReportedFigure figure : figures) {
                boolean disagrees = figures.stream().anyMatch(other -> other.metric.equals(figure.metric)
                        && !Objects.equals(sourceOf(other), sourceOf(figure)) && other.value.compareTo(figure.value) != 0);
                anyDisagreement |= disagrees;
                lines.add(figureLine(figure, text.qualified(figure.qualifier.name(), figure.value.stripTrailingZeros().toPlainString()),
                        figure.label, disagrees, context));
            }
            ReportedFigure first = figures.get(0);
            comparisons.add(new SourcePage.Comparison(text.figuresAbout(subjectName(first, context),
                    PageDates.show(month(first), context.language())), anyDisagreement, columns(sourceId, figures, lines, context)));
        });
        return comparisons;
    }

    private static SourcePage.Figure figureLine(Fact fact, String value, String what, boolean disagrees, PageContext context) {
        Citation cited = fact.citations.get(0);
        return new SourcePage.Figure(what, value, cited.place.quote,
                context.link("/sources/" + cited.place.source.id) + "#c" + cited.id, disagrees);
    }

    /** The figures in a column per source, this page's source first. */
    private static List<SourcePage.Column> columns(String sourceId, List<? extends Fact> facts, List<SourcePage.Figure> lines,
                                                   PageContext context) {
        Map<String, SourcePage.Column> bySource = new LinkedHashMap<>();
        bySource.put(sourceId, null);
        for (int i = 0; i < facts.size(); i++) {
            Source source = facts.get(i).citations.get(0).place.source;
            SourcePage.Column column = bySource.get(source.id);
            if (column == null) {
                column = new SourcePage.Column(source.title, context.link("/sources/" + source.id), source.id.equals(sourceId),
                        new ArrayList<>());
                bySource.put(source.id, column);
            }
            column.figures().add(lines.get(i));
        }
        return bySource.values().stream().filter(Objects::nonNull).toList();
    }

    /** Other sources' totals for a review (state and cycle) this source reports, when they give other figures. */
    private List<SourcePage.Comparison> reviewComparisons(String sourceId, List<Long> factIds, PageContext context) {
        PageText text = context.language().text();
        List<SourcePage.Comparison> comparisons = new ArrayList<>();
        for (Long factId : factIds) {
            if (!(Fact.findById(factId) instanceof UprReview review) || review.recommendationsTotal == null) {
                continue;
            }
            List<UprReview> others = UprReview.<UprReview>list("state.code = ?1 and cycle = ?2 and recommendationsTotal is not null order by id",
                    review.state.code, review.cycle).stream().filter(o -> !Objects.equals(sourceOf(o), sourceId)).toList();
            if (others.isEmpty()) {
                continue;
            }
            List<UprReview> all = new ArrayList<>(List.of(review));
            all.addAll(others);
            boolean disagree = others.stream().anyMatch(o -> !Objects.equals(o.recommendationsTotal, review.recommendationsTotal)
                    || !Objects.equals(o.accepted, review.accepted));
            List<SourcePage.Figure> lines = all.stream().map(r -> figureLine(r, text.reportedTotals(String.valueOf(r.recommendationsTotal),
                    String.valueOf(r.accepted), r.noted == null ? "?" : String.valueOf(r.noted)), text.uprHeading(), disagree, context)).toList();
            comparisons.add(new SourcePage.Comparison(text.reviewOf(StatePageService.name(review.state, context.language()), review.cycle),
                    disagree, columns(sourceId, all, lines, context)));
        }
        return comparisons;
    }

    private static String month(ReportedFigure figure) {
        String iso = figure.asOf.iso();
        return iso.length() >= 7 ? iso.substring(0, 7) : iso;
    }

    private static String sourceOf(Fact fact) {
        return fact.citations.isEmpty() ? null : fact.citations.get(0).place.source.id;
    }

    private static String subjectName(ReportedFigure figure, PageContext context) {
        return figure.subjectKind == ReportedFigure.SubjectKind.party ? StatePageService.name(figure.party, context.language())
                : CatalogSearch.name(figure.treaty, context);
    }
}
