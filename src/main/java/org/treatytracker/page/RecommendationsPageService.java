package org.treatytracker.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Party;
import org.treatytracker.upr.RecommendationQuery;
import org.treatytracker.upr.RecommendationService;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.upr.UprQuery;
import org.treatytracker.upr.UprStatsService;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.PageRequest;

/**
 * The recommendations page, through the API's own filters and search: the same selection as
 * {@code /api/v1/recommendations} with the same parameters, 50 to a page.
 */
@ApplicationScoped
public class RecommendationsPageService {

    static final int PER_PAGE = 50;

    private final RecommendationService recommendations;
    private final UprStatsService stats;

    public RecommendationsPageService(RecommendationService recommendations, UprStatsService stats) {
        this.recommendations = recommendations;
        this.stats = stats;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public RecommendationsPage page(RecommendationsPage.Filters asked, String pageNumber, PageContext context) {
        PageText text = context.language().text();
        Map<String, Party> parties = Party.<Party>listAll().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        int page = page(pageNumber);
        String refused = null;
        ItemList<RecommendationView> found = null;
        try {
            UprQuery query = new UprQuery(iso3(asked.state()), asked.cycle(), null, iso3(asked.recommendingState()), asked.theme(),
                    asked.response(), null, null, null);
            // The API's checks of the search (its length) as well as of the filters.
            RecommendationQuery checked = new RecommendationQuery(query, asked.q(), null);
            found = recommendations.page(stats.filters(checked.filters()), checked.q(), null, new PageRequest(page, PER_PAGE));
        } catch (ApiException wrong) {
            // The API's own words for what is wrong with a filter: the page shows them and no results.
            refused = wrong.getMessage();
        }
        List<RecommendationsPage.Row> rows = new ArrayList<>();
        if (found != null) {
            for (RecommendationView view : found.items()) {
                Party state = parties.get(view.state());
                rows.add(new RecommendationsPage.Row(view.state(), state == null ? view.state() : StatePageService.name(state, context.language()),
                        context.link("/states/" + view.state()), view.cycle(), view.text(), view.language(), view.response(),
                        view.response() == null ? text.noResponse() : text.response(view.response()),
                        view.recommendingStates().stream().map(code -> parties.containsKey(code)
                                ? StatePageService.name(parties.get(code), context.language()) : code).toList(),
                        view.themes()));
            }
        }
        int total = found == null ? 0 : found.total();
        int lastPage = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        String selection = selection(asked);
        return new RecommendationsPage(asked, refused, total, page, lastPage, rows,
                page > 1 ? context.link("/recommendations" + query(selection, "page=" + (page - 1))) : null,
                page < lastPage ? context.link("/recommendations" + query(selection, "page=" + (page + 1))) : null,
                "/api/v1/recommendations" + query(selection, "format=csv"),
                "/api/v1/recommendations" + query(selection, "page=" + page + "&per_page=" + PER_PAGE),
                stateOptions(parties, asked.state(), context), cycleOptions(asked.cycle(), text), responseOptions(asked.response(), text));
    }

    /** The filters as the API's query string, with the names the API takes. */
    static String selection(RecommendationsPage.Filters asked) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("q", asked.q());
        pairs.put("state", asked.state());
        pairs.put("cycle", asked.cycle());
        pairs.put("response", asked.response());
        pairs.put("theme", asked.theme());
        pairs.put("recommending_state", asked.recommendingState());
        return pairs.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + PageContext.encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String query(String selection, String extra) {
        return "?" + (selection.isEmpty() ? extra : selection + "&" + extra);
    }

    private static int page(String number) {
        try {
            return number == null ? 1 : Math.max(1, Integer.parseInt(number.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** A code as the API's typed parameter; a malformed one is the API's 400, which the page shows in words. */
    private static Iso3 iso3(String code) {
        return code == null ? null : new Iso3(code);
    }

    private static List<RecommendationsPage.Option> stateOptions(Map<String, Party> parties, String selected, PageContext context) {
        return parties.values().stream().filter(p -> p.kind == Party.Kind.state)
                .map(p -> new RecommendationsPage.Option(p.code, StatePageService.name(p, context.language()), p.code.equals(selected)))
                .sorted(Comparator.comparing(RecommendationsPage.Option::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static List<RecommendationsPage.Option> cycleOptions(String selected, PageText text) {
        return UprCycle.listOrdered().stream().map(c -> new RecommendationsPage.Option(String.valueOf(c.number), text.cycleNumber(c.number),
                String.valueOf(c.number).equals(selected))).toList();
    }

    private static List<RecommendationsPage.Option> responseOptions(String selected, PageText text) {
        return List.of("supported", "noted").stream()
                .map(r -> new RecommendationsPage.Option(r, text.response(r), r.equals(selected))).toList();
    }
}
