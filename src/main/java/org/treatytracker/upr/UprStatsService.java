package org.treatytracker.upr;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.RegionalGroup;
import org.treatytracker.catalog.StateService;
import org.treatytracker.upr.UprStatsView.Discrepancy;
import org.treatytracker.upr.UprStatsView.Row;
import org.treatytracker.upr.UprStatsView.Subtotal;
import org.treatytracker.upr.UprStatsView.Totals;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.QueryString;
import org.treatytracker.web.Codes;

/** Acceptance statistics over reviews' reported totals and individual recommendations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UprStatsService {

    /** Keys a review has; the others exist only for individual recommendations. */
    private static final Set<String> REVIEW_KEYS = Set.of("cycle", "state", "session", "regional_group");
    /** Keys a recommendation may have several values of: it counts once in each of its groups. */
    private static final List<String> MANY_VALUED = List.of("recommending_state", "theme", "recommending_regional_group",
            "action_category");

    private final StateService states;

    public UprStatsService(StateService states) {
        this.states = states;
    }

    /** The filters of a statistics request; each null when not given. */
    public record Filters(String state, Integer cycle, Integer session, String recommendingState, String theme,
                          String response, RegionalGroup regionalGroup, RegionalGroup recommendingRegionalGroup,
                          Integer actionCategory) {

        /** No filter: every recommendation and review. */
        public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null);

        /** The reviews of one state. */
        public static Filters ofState(String code) {
            return new Filters(code, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The filters asked for, with the states, cycle, session and theme they name: 404 for one that does
     * not exist (a theme exists when a recommendation is filed under it; a session when the UPR calendar
     * or a review names it). One that exists but selects nothing is an empty answer.
     */
    public Filters filters(UprQuery query) {
        Integer cycle = query.cycleNumber();
        if (cycle != null) {
            UprCycle.findByNumber(cycle).orElseThrow(() -> ApiException.notFound("No UPR cycle " + cycle + "."));
        }
        Integer session = query.sessionNumber();
        if (session != null && !exists("SELECT 1 FROM upr_sessions WHERE number = ?1"
                + " UNION ALL SELECT 1 FROM upr_reviews WHERE session = ?1", session)) {
            throw ApiException.notFound("No UPR Working Group session " + session
                    + " in the UPR calendar or in any review.");
        }
        if (query.theme() != null && !exists("SELECT 1 FROM upr_recommendation_themes WHERE theme = ?1", query.theme())) {
            throw ApiException.notFound("No recommendation is filed under theme '" + Codes.printable(query.theme()) + "'.");
        }
        return new Filters(
                query.state() == null ? null : states.require(query.state()).code,
                cycle,
                session,
                query.recommendingState() == null ? null : states.require(query.recommendingState()).code,
                query.theme(),
                query.response(),
                query.regionalGroupNamed(),
                query.recommendingRegionalGroupNamed(),
                query.actionCategoryNumber());
    }

    /** A review's fact id, when a review with it exists: 404 otherwise. */
    public Long review(Long id) {
        if (id != null && !exists("SELECT 1 FROM upr_reviews WHERE fact_id = ?1", id)) {
            throw ApiException.notFound("No UPR review " + id + ".");
        }
        return id;
    }

    private static boolean exists(String sql, Object value) {
        return !Panache.getEntityManager().createNativeQuery(sql + " LIMIT 1").setParameter(1, value)
                .getResultList().isEmpty();
    }

    public UprStatsView stats(Filters filters, List<String> groupBy) {
        boolean reviewLevel = REVIEW_KEYS.containsAll(groupBy)
                && filters.recommendingState() == null && filters.theme() == null && filters.response() == null
                && filters.recommendingRegionalGroup() == null && filters.actionCategory() == null;
        Map<List<Object>, Accumulator> groups = new LinkedHashMap<>();
        if (reviewLevel) {
            byReview(filters, groupBy, groups);
        } else {
            byRecommendation(filters, groupBy, groups);
        }
        List<Row> rows = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(GROUP_ORDER))
                .map(e -> e.getValue().row(groupBy, e.getKey(), filters))
                .toList();
        List<String> states = groups.values().stream().flatMap(Accumulator::states).distinct().sorted().toList();
        return new UprStatsView(groupBy, unit(groupBy), rows, rows.size(), states);
    }

    /** What one counted item is: a recommendation, or a recommendation in each group of its many-valued keys. */
    static String unit(List<String> groupBy) {
        List<String> many = MANY_VALUED.stream().filter(groupBy::contains).toList();
        return many.isEmpty() ? "recommendation" : "recommendation_per_" + String.join("_and_", many);
    }

    /**
     * Each review counts once in the headline figures, on {@link ReviewBases#headline()}: its reported
     * totals when its sources report one set, else its count when its datasets give one. Both are
     * also summed side by side ({@code reported}, {@code counted}), and a review whose figures
     * disagree is listed in {@code discrepancies} with every value.
     */
    private void byReview(Filters filters, List<String> groupBy, Map<List<Object>, Accumulator> groups) {
        Map<String, RegionalGroup> groupOf = regionalGroups();
        Map<ReviewKey, List<UprReview>> claims = UprReview.<UprReview>list(
                        "(?1 is null or state.code = ?1) and (?2 is null or cycle = ?2) order by state.code, cycle, id",
                        filters.state(), filters.cycle()).stream()
                .filter(r -> filters.regionalGroup() == null || groupOf.get(r.state.code) == filters.regionalGroup())
                .collect(Collectors.groupingBy(r -> new ReviewKey(r.state.code, r.cycle), LinkedHashMap::new,
                        Collectors.toList()));
        Map<ReviewKey, List<Totals>> counted = new LinkedHashMap<>();
        for (ReviewCount row : countedPerReview(filters)) {
            List<Totals> counts = counted.computeIfAbsent(new ReviewKey(row.state(), row.cycle()), k -> new ArrayList<>());
            if (!counts.contains(row.totals())) {
                counts.add(row.totals());
            }
        }
        Set<ReviewKey> reviews = new LinkedHashSet<>(claims.keySet());
        reviews.addAll(counted.keySet());
        for (ReviewKey review : reviews) {
            List<UprReview> reports = claims.getOrDefault(review, List.of());
            Integer session = reports.stream().map(r -> r.session).filter(Objects::nonNull).findFirst().orElse(null);
            if (filters.session() != null && !filters.session().equals(session)) {
                continue;
            }
            List<Object> key = groupBy.stream().map(k -> switch (k) {
                case "cycle" -> (Object) review.cycle();
                case "state" -> review.state();
                case "regional_group" -> groupOf.get(review.state());
                default -> session;
            }).collect(Collectors.toList());
            ReviewBases bases = new ReviewBases(
                    reports.stream().map(UprStatsService::reported).filter(Objects::nonNull).distinct().toList(),
                    counted.getOrDefault(review, List.of()));
            if (bases.reported().isEmpty() && bases.counted().isEmpty()) {
                continue;
            }
            Accumulator group = groups.computeIfAbsent(key, k -> new Accumulator());
            String headline = bases.headline();
            if (bases.disagree()) {
                List<Totals> counts = bases.counted();
                group.discrepancies.add(new Discrepancy(review.state(), review.cycle(), bases.reported(),
                        counts.size() == 1 ? counts.get(0) : null, counts, headline));
            }
            if (bases.reported().size() == 1) {
                group.reported.add(review, bases.reported().get(0));
            }
            if (bases.counted().size() == 1) {
                group.counted.add(review, bases.counted().get(0));
            }
            if (headline != null) {
                group.add(headline, review, bases.headlineTotals());
            }
        }
    }

    private void byRecommendation(Filters filters, List<String> groupBy, Map<List<Object>, Accumulator> groups) {
        List<String> dimensions = groupBy.stream().filter(k -> !k.equals("cycle") && !k.equals("state")).toList();
        for (Tuple row : countedRows(filters, dimensions)) {
            ReviewKey review = new ReviewKey(row.get("state_code", String.class), number(row, "cycle"));
            List<Object> key = new ArrayList<>();
            for (String k : groupBy) {
                key.add(switch (k) {
                    case "cycle" -> review.cycle();
                    case "state" -> review.state();
                    case "regional_group", "recommending_regional_group" -> RegionalGroup.named((String) row.get(k)).orElse(null);
                    default -> row.get(k) instanceof Number n ? (Object) n.intValue() : row.get(k);
                });
            }
            Accumulator group = groups.computeIfAbsent(key, k -> new Accumulator());
            Totals count = totals(row);
            group.add("counted", review, count);
            group.counted.add(review, count);
        }
    }

    /**
     * Individual recommendations counted per review fact, from the per-review counts the database
     * maintains (V4__review_counts.sql): one row per review instead of every recommendation. Two
     * datasets listing one review are two counts of it, not one sum.
     */
    /** One dataset's count of one review's recommendations. */
    record ReviewCount(String state, int cycle, long reviewFactId, Totals totals) {
    }

    static List<ReviewCount> countedPerReview(Filters filters) {
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                        SELECT rv.state_code, rv.cycle, c.total, c.supported, c.noted, c.review_fact_id
                        FROM upr_review_counts c JOIN upr_reviews rv ON rv.fact_id = c.review_fact_id
                        WHERE c.total > 0 AND (CAST(?1 AS text) IS NULL OR rv.state_code = ?1)
                          AND (CAST(?2 AS integer) IS NULL OR rv.cycle = ?2)
                          AND (CAST(?3 AS text) IS NULL OR rv.state_code IN (SELECT code FROM parties WHERE regional_group = ?3))
                        ORDER BY rv.state_code, rv.cycle, c.review_fact_id""", Tuple.class)
                .setParameter(1, filters.state())
                .setParameter(2, filters.cycle())
                .setParameter(3, filters.regionalGroup() == null ? null : filters.regionalGroup().name())
                .getResultList();
        return rows.stream().map(row -> new ReviewCount(row.get("state_code", String.class), number(row, "cycle"),
                ((Number) row.get("review_fact_id")).longValue(), totals(row))).toList();
    }

    /**
     * Individual recommendations counted per review and per extra dimension. A recommendation made by
     * three states, or filed under two themes, counts once in each of those groups.
     */
    @SuppressWarnings("unchecked")
    private static List<Tuple> countedRows(Filters filters, List<String> dimensions) {
        RecommendationFilter where = narrowed(RecommendationFilter.of(filters, null), filters, dimensions);
        String columns = dimensions.stream().map(UprStatsService::column).map(c -> ", " + c).collect(Collectors.joining());
        String selected = dimensions.stream().map(d -> ", " + column(d) + " AS " + d).collect(Collectors.joining());
        String sql = "SELECT rv.state_code, rv.cycle" + selected + ","
                + " count(*) AS total, count(*) FILTER (WHERE r.response = 'supported') AS supported,"
                + " count(*) FILTER (WHERE r.response = 'noted') AS noted"
                + RecommendationFilter.FROM
                + (dimensions.contains("recommending_state") ? " JOIN upr_recommending_states rs ON rs.recommendation_id = r.id" : "")
                + (dimensions.contains("theme") ? " JOIN upr_recommendation_themes th ON th.recommendation_id = r.id" : "")
                + (dimensions.contains("regional_group") ? " JOIN parties sp ON sp.code = rv.state_code" : "")
                // Once per group among a recommendation's recommending states, however many of them are in it.
                + (dimensions.contains("recommending_regional_group") ? " JOIN (SELECT DISTINCT s.recommendation_id, p.regional_group"
                        + " FROM upr_recommending_states s JOIN parties p ON p.code = s.party_code) rg ON rg.recommendation_id = r.id" : "")
                + (dimensions.contains("action_category") ? " JOIN upr_recommendation_actions ac ON ac.recommendation_id = r.id" : "")
                + where.sql()
                + " GROUP BY rv.state_code, rv.cycle" + columns;
        return where.bind(Panache.getEntityManager().createNativeQuery(sql, Tuple.class)).getResultList();
    }

    /**
     * Grouped by a many-valued key that is also filtered on, only the filter's group: a recommendation
     * France made with Chile, filtered by France and grouped by recommending state, counts in France's
     * row only, so that a row's {@code href} answers that row alone.
     */
    private static RecommendationFilter narrowed(RecommendationFilter where, Filters filters, List<String> dimensions) {
        StringBuilder sql = new StringBuilder(where.sql());
        List<Object> parameters = new ArrayList<>(where.parameters());
        if (dimensions.contains("recommending_state") && filters.recommendingState() != null) {
            sql.append(" AND rs.party_code = ?");
            parameters.add(filters.recommendingState());
        }
        if (dimensions.contains("theme") && filters.theme() != null) {
            sql.append(" AND th.theme = ?");
            parameters.add(filters.theme());
        }
        if (dimensions.contains("recommending_regional_group") && filters.recommendingRegionalGroup() != null) {
            sql.append(" AND rg.regional_group = ?");
            parameters.add(filters.recommendingRegionalGroup().name());
        }
        if (dimensions.contains("action_category") && filters.actionCategory() != null) {
            sql.append(" AND ac.category = ?");
            parameters.add(filters.actionCategory());
        }
        return new RecommendationFilter(sql.toString(), List.copyOf(parameters), where.readsReviews());
    }

    private static String column(String key) {
        return switch (key) {
            case "session" -> "rv.session";
            case "recommending_state" -> "rs.party_code";
            case "theme" -> "th.theme";
            case "response" -> "r.response";
            case "regional_group" -> "sp.regional_group";
            case "recommending_regional_group" -> "rg.regional_group";
            case "action_category" -> "ac.category";
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static Totals totals(Tuple row) {
        return new Totals(number(row, "total"), number(row, "supported"), number(row, "noted"));
    }

    private static int number(Tuple row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    /**
     * A review's reported totals, with noted or supported derived from the other; null if incomplete.
     * A source's "accepted" (the review's stored {@code accepted}) is what UN documents call supported.
     */
    static Totals reported(UprReview review) {
        Integer total = review.recommendationsTotal;
        if (total == null || (review.accepted == null && review.noted == null)) {
            return null;
        }
        int supported = review.accepted != null ? review.accepted : total - review.noted;
        int noted = review.noted != null ? review.noted : total - supported;
        return new Totals(total, supported, noted);
    }

    private record ReviewKey(String state, int cycle) {
    }

    /** Each state's UN regional group (none for a state in no group). */
    private static Map<String, RegionalGroup> regionalGroups() {
        Map<String, RegionalGroup> groups = new HashMap<>();
        Party.states().forEach(party -> groups.put(party.code, party.regionalGroup));
        return groups;
    }

    /**
     * The query whose answer is exactly this row: the request's filters narrowed to the row's group
     * (each group key a filter too) and the same grouping.
     */
    private static String href(Filters filters, Map<String, Object> group) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("state", filters.state());
        query.put("cycle", filters.cycle());
        query.put("session", filters.session());
        query.put("recommending_state", filters.recommendingState());
        query.put("theme", filters.theme());
        query.put("response", filters.response());
        query.put("regional_group", filters.regionalGroup());
        query.put("recommending_regional_group", filters.recommendingRegionalGroup());
        query.put("action_category", filters.actionCategory());
        query.putAll(group);
        String parameters = QueryString.of(query);
        if (!group.isEmpty()) {
            // The keys are the fixed names of StatsQuery, which need no encoding; the comma stays legible.
            parameters += (parameters.isEmpty() ? "" : "&") + "group_by=" + String.join(",", group.keySet());
        }
        return "/api/v1/upr/stats" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private static final Comparator<List<Object>> GROUP_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = Comparator.nullsLast(Comparator.comparing(Object::toString, UprStatsService::compareValues))
                    .compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private static int compareValues(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }

    /** Sums of one basis over the reviews of a group that have it. */
    private static final class Sum {
        private final Set<ReviewKey> reviews = new HashSet<>();
        private int total;
        private int supported;
        private int noted;

        void add(ReviewKey review, Totals totals) {
            reviews.add(review);
            total += totals.recommendationsTotal();
            supported += totals.supported();
            noted += totals.noted();
        }

        Subtotal subtotal() {
            return reviews.isEmpty() ? null : new Subtotal(reviews.size(), total, supported, noted, rate(supported, total));
        }
    }

    private static BigDecimal rate(int supported, int total) {
        return total == 0 ? null : BigDecimal.valueOf(supported).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    private static final class Accumulator {
        private final Set<String> bases = new HashSet<>();
        private final Sum headline = new Sum();
        private final Sum reported = new Sum();
        private final Sum counted = new Sum();
        private final List<Discrepancy> discrepancies = new ArrayList<>();

        void add(String basis, ReviewKey review, Totals totals) {
            bases.add(basis);
            headline.add(review, totals);
        }

        /** The states under review whose figures the group holds, on any basis. */
        Stream<String> states() {
            return Stream.of(headline, reported, counted).flatMap(sum -> sum.reviews.stream()).map(ReviewKey::state);
        }

        Row row(List<String> groupBy, List<Object> key, Filters filters) {
            Map<String, Object> group = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                group.put(groupBy.get(i), key.get(i));
            }
            String basis = bases.isEmpty() ? ReviewBases.NONE : bases.size() > 1 ? ReviewBases.MIXED : bases.iterator().next();
            boolean summed = !headline.reviews.isEmpty();
            return new Row(group, basis, headline.reviews.size(), summed ? headline.total : null,
                    summed ? headline.supported : null, summed ? headline.noted : null,
                    rate(headline.supported, headline.total), discrepancies, href(filters, group),
                    reported.subtotal(), counted.subtotal());
        }
    }
}
