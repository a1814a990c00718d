package org.treatytracker.upr;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Which individual recommendations a request is about: the UPR filters and the full-text search,
 * as one SQL WHERE clause over {@link #FROM} with its parameters in order. Statistics and the
 * recommendations list use this one clause, so a filter means the same in both: filtering by a
 * recommending state selects the recommendations that state made.
 */
record RecommendationFilter(String sql, List<Object> parameters, boolean readsReviews) {

    static final String FROM = " FROM upr_recommendations r JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id";
    /** Enough for a clause that reads no review ({@link #readsReviews}): every recommendation has its review. */
    private static final String RECOMMENDATIONS_ONLY = " FROM upr_recommendations r";
    /** The configurations search_config (V2) gives besides 'simple', and search_any_config (V4) unites. */
    private static final List<String> STEMMED_CONFIGS = List.of("french", "english", "spanish");

    static RecommendationFilter of(UprStatsService.Filters filters, String q) {
        return of(filters, q, null);
    }

    /**
     * @param q      the full-text search, as {@link RecommendationQuery} checked it; null for none
     * @param review a review's fact id, to list its recommendations only; null for all
     */
    static RecommendationFilter of(UprStatsService.Filters filters, String q, Long review) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        List<Object> parameters = new ArrayList<>();
        boolean readsReviews = false;
        if (review != null) {
            sql.append(" AND r.review_fact_id = ?");
            parameters.add(review);
        }
        if (filters.state() != null) {
            sql.append(" AND rv.state_code = ?");
            readsReviews = true;
            parameters.add(filters.state());
        }
        if (filters.cycle() != null) {
            sql.append(" AND rv.cycle = ?");
            readsReviews = true;
            parameters.add(filters.cycle());
        }
        if (filters.session() != null) {
            sql.append(" AND rv.session = ?");
            readsReviews = true;
            parameters.add(filters.session());
        }
        if (filters.response() != null) {
            sql.append(" AND r.response = ?");
            parameters.add(filters.response());
        }
        if (filters.recommendingState() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM upr_recommending_states s WHERE s.recommendation_id = r.id AND s.party_code = ?)");
            parameters.add(filters.recommendingState());
        }
        if (filters.regionalGroup() != null) {
            sql.append(" AND rv.state_code IN (SELECT code FROM parties WHERE regional_group = ?)");
            readsReviews = true;
            parameters.add(filters.regionalGroup().name());
        }
        if (filters.recommendingRegionalGroup() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM upr_recommending_states s JOIN parties p ON p.code = s.party_code"
                    + " WHERE s.recommendation_id = r.id AND p.regional_group = ?)");
            parameters.add(filters.recommendingRegionalGroup().name());
        }
        if (filters.actionCategory() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM upr_recommendation_actions a WHERE a.recommendation_id = r.id AND a.category = ?)");
            parameters.add(filters.actionCategory());
        }
        if (filters.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM upr_recommendation_themes t WHERE t.recommendation_id = r.id AND t.theme = ?)");
            parameters.add(filters.theme());
        }
        if (q != null) {
            // The first condition lets the GIN index find candidates. The second is the exact match:
            // the query parsed in the recommendation's own language, each parse done once (a scalar
            // subquery) rather than once per row.
            sql.append(" AND r.search @@ search_any_config(?) AND r.search @@ CASE search_config(r.language)");
            parameters.add(q);
            for (String config : STEMMED_CONFIGS) {
                sql.append(" WHEN '").append(config).append("'::regconfig THEN (SELECT websearch_to_tsquery('")
                        .append(config).append("', ?))");
                parameters.add(q);
            }
            sql.append(" ELSE (SELECT websearch_to_tsquery('simple', ?)) END");
            parameters.add(q);
        }
        return new RecommendationFilter(sql.toString(), List.copyOf(parameters), readsReviews);
    }

    /** The FROM clause this filter needs: the join to the reviews only when a condition reads them. */
    String from() {
        return readsReviews ? FROM : RECOMMENDATIONS_ONLY;
    }

    /** Sets the parameters, in order, on a native query built with {@link #sql}. */
    Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
