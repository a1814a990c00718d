package org.treatytracker.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.council.HrcMembership;
import org.treatytracker.council.HrcMembershipView;
import org.treatytracker.figure.FigureService;
import org.treatytracker.figure.FigureView;
import org.treatytracker.ratification.RatificationService;
import org.treatytracker.ratification.RatificationStatus;
import org.treatytracker.ratification.RatificationView;
import org.treatytracker.ratification.TreatyAction;
import org.treatytracker.upr.UprReviewView;
import org.treatytracker.upr.UprService;
import org.treatytracker.upr.UprStatsService;
import org.treatytracker.upr.UprStatsView;
import org.treatytracker.web.Iso3;

/** A state's page, read in one transaction from the services the API answers with. */
@ApplicationScoped
public class StatePageService {

    private final RatificationService ratifications;
    private final UprService upr;
    private final UprStatsService stats;
    private final FigureService figures;

    public StatePageService(RatificationService ratifications, UprService upr, UprStatsService stats, FigureService figures) {
        this.ratifications = ratifications;
        this.upr = upr;
        this.stats = stats;
        this.figures = figures;
    }

    /**
     * The page of the state with ISO code {@code iso3} (upper case), as of {@code asOf} (null for today); empty for no such
     * state. {@code refusedAsOf}: an {@code as_of} given that is not a date, which the page names (the status is then today's).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<StatePage> page(String iso3, LocalDate asOf, String refusedAsOf, PageContext context) {
        Optional<Party> found = Party.findState(iso3);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Party state = found.get();
        PageLanguage language = context.language();
        PageText text = language.text();
        Map<String, Treaty> treaties = Treaty.listOrdered().stream().collect(Collectors.toMap(t -> t.code, Function.identity()));
        Map<String, Party> parties = Party.<Party>listAll().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));

        List<StatePage.StatusRow> statuses = ratifications.ofState(new Iso3(iso3), asOf).stream()
                .map(view -> status(view, treaties.get(view.treaty()), context)).toList();

        List<UprReviewView> reviewed = upr.reviewsOf(new Iso3(iso3));
        List<StatePage.ReviewRow> reviews = reviewed.stream().map(review -> review(review, context)).toList();
        List<SvgCharts.Bar> bars = reviewed.stream().filter(r -> r.supported() != null && r.noted() != null)
                .map(r -> new SvgCharts.Bar(text.cycleNumber(r.cycle()), r.supported(), r.noted())).toList();
        String chart = bars.isEmpty() ? null
                : SvgCharts.supportedAndNoted(bars, text.reviewChartTitle(name(state, language)), text.supportedWord(), text.notedWord());

        String recommendations = "/recommendations?state=" + iso3;
        List<StatePage.CountRow> byTheme = counts(iso3, "theme", key -> key, key -> recommendations + "&theme=" + PageContext.encode(key),
                context);
        List<StatePage.CountRow> byRecommender = counts(iso3, "recommending_state",
                key -> parties.containsKey(key) ? name(parties.get(key), language) : key,
                key -> recommendations + "&recommending_state=" + PageContext.encode(key), context);

        List<StatePage.TermRow> terms = HrcMembership.ofState(state.code).stream().map(HrcMembershipView::of)
                .map(term -> new StatePage.TermRow(term.termStart() + "–" + term.termEnd(), text.membership(term.status().name()),
                        EvidenceLink.of(term.provenance(), context)))
                .toList();
        List<StatePage.FigureRow> reported = figures.list(state.code).stream().map(figure -> figure(figure, context)).toList();

        String api = "/api/v1/states/" + iso3;
        String asOfQuery = asOf == null ? "" : "?as_of=" + asOf;
        return Optional.of(new StatePage(
                iso3,
                name(state, language),
                otherName(state, language),
                state.unStatus == null ? text.notUn() : text.unStanding(state.unStatus.name()),
                state.regionalGroup == null ? null : text.regionalGroup(state.regionalGroup.name()),
                asOf != null ? asOf.toString() : refusedAsOf,
                asOf == null ? null : PageDates.show(asOf.toString(), language),
                refusedAsOf != null,
                context.link("/states/" + iso3),
                statuses,
                reviews,
                chart,
                byTheme,
                byRecommender,
                context.link(recommendations),
                terms,
                reported,
                new StatePage.Api(api + "/ratifications" + asOfQuery,
                        api + "/ratifications" + (asOfQuery.isEmpty() ? "?format=csv" : asOfQuery + "&format=csv"),
                        api + "/upr-reviews", api + "/upr-reviews?format=csv", "/api/v1/upr/stats?state=" + iso3 + "&group_by=cycle")));
    }

    static String name(Party party, PageLanguage language) {
        return language.isFrench() ? party.nameFr : party.nameEn;
    }

    private static String otherName(Party party, PageLanguage language) {
        String other = language.isFrench() ? party.nameEn : party.nameFr;
        return other.equals(name(party, language)) ? null : other;
    }

    private static StatePage.StatusRow status(RatificationView view, Treaty treaty, PageContext context) {
        PageText text = context.language().text();
        RatificationView.Action act = act(view);
        List<EvidenceLink> evidence = view.actions().stream().filter(RatificationView.Action::counted)
                .flatMap(action -> EvidenceLink.of(action.provenance(), context).stream()).distinct().toList();
        if (evidence.isEmpty() && view.coverage() != null) {
            evidence = view.coverage().stream().filter(c -> c.governs())
                    .map(c -> new EvidenceLink(text.evidenceDatasetRow(), c.title(), context.link("/sources/" + c.sourceId()), c.locator(), false, false))
                    .toList();
        }
        String basis = text.basis(view.basis().name(), PageDates.show(view.basisAsOf(), context.language()));
        return new StatePage.StatusRow("treaty-" + view.treaty(), view.treaty(), CatalogSearch.name(treaty, context),
                context.link("/treaties/" + view.treaty()), view.status().name(), text.status(view.status().name()),
                act == null ? null : text.actionType(act.type().name()), act == null ? null : PageDates.show(act.date(), context.language()),
                basis, view.disagreement(), evidence);
    }

    /**
     * The counted act the status rests on (a binding act for a party, a signature for a signatory, the denunciation),
     * the most precisely dated of them: an article's "ratified on 5 February 2015" rather than a table's year.
     */
    private static RatificationView.Action act(RatificationView view) {
        return view.actions().stream().filter(RatificationView.Action::counted).filter(a -> switch (view.status()) {
            case party -> RatificationStatus.isBinding(a.type());
            case signatory -> a.type() == TreatyAction.Type.signature;
            case denounced -> a.type() == TreatyAction.Type.denunciation;
            default -> false;
        }).max(Comparator.comparingInt(StatePageService::precision)).orElse(null);
    }

    private static int precision(RatificationView.Action action) {
        return action.date() == null ? 0 : action.date().length();
    }

    private static StatePage.ReviewRow review(UprReviewView review, PageContext context) {
        PageText text = context.language().text();
        String reported = review.bases().stream().filter(b -> b.basis().equals("reported"))
                .map(b -> text.reportedTotals(number(b.recommendationsTotal()), number(b.supported()), number(b.noted())))
                .distinct().collect(Collectors.joining("; "));
        String counted = review.bases().stream().filter(b -> b.basis().equals("counted"))
                .map(b -> text.countedTotals(number(b.recommendationsTotal()), number(b.supported()), number(b.noted())))
                .distinct().collect(Collectors.joining("; "));
        return new StatePage.ReviewRow(review.cycle(), review.session() == null ? null : review.session().toString(),
                PageDates.show(review.reviewedOn(), context.language()), reported.isEmpty() ? null : reported,
                counted.isEmpty() ? null : counted, text.headline(review.basis()), EvidenceLink.of(review.provenance(), context));
    }

    private static String number(Integer value) {
        return value == null ? "?" : value.toString();
    }

    private List<StatePage.CountRow> counts(String iso3, String key, Function<String, String> label, Function<String, String> href,
                                            PageContext context) {
        UprStatsView view = stats.stats(UprStatsService.Filters.ofState(iso3), List.of(key));
        List<StatePage.CountRow> rows = new ArrayList<>();
        for (UprStatsView.Row row : view.items()) {
            Object value = row.group().get(key);
            if (value == null || row.recommendationsTotal() == null) {
                continue;
            }
            rows.add(new StatePage.CountRow(label.apply(value.toString()), context.link(href.apply(value.toString())),
                    row.recommendationsTotal(), row.supported(), row.noted()));
        }
        rows.sort(Comparator.comparing(StatePage.CountRow::total, Comparator.reverseOrder()).thenComparing(StatePage.CountRow::label));
        return rows;
    }

    static StatePage.FigureRow figure(FigureView figure, PageContext context) {
        PageText text = context.language().text();
        String value = text.qualified(figure.qualifier().name(), figure.value().stripTrailingZeros().toPlainString())
                + (figure.outOf() == null ? "" : " / " + figure.outOf().stripTrailingZeros().toPlainString());
        String check = figure.consistent() == null ? text.notCheckable()
                : figure.consistent() ? text.consistent(figure.computedValue().stripTrailingZeros().toPlainString())
                : text.inconsistent(figure.computedValue().stripTrailingZeros().toPlainString());
        return new StatePage.FigureRow(figure.label(), value, PageDates.show(figure.asOf(), context.language()), check,
                EvidenceLink.of(figure.provenance(), context));
    }
}
