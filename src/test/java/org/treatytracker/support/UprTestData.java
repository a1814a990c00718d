package org.treatytracker.support;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/**
 * Test-only UPR data: a review (a fact cited to a test locator in a reference source) and its
 * individual recommendations, each citing that source and a made-up row. {@link #clear} removes it all.
 */
public final class UprTestData {

    public static final String SOURCE = "ohchr-upr-main";

    private UprTestData() {
    }

    public static long review(String state, int cycle, Integer session) {
        return InRequestContext.transaction(() -> {
            var em = Panache.getEntityManager();
            long fact = ((Number) em.createNativeQuery("INSERT INTO facts (kind) VALUES ('upr_review') RETURNING id")
                    .getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO upr_reviews (fact_id, state_code, cycle, session) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, fact).setParameter(2, state).setParameter(3, cycle).setParameter(4, session)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO citations (fact_id, source_id, locator) VALUES (?1, ?2, 'generated test data')")
                    .setParameter(1, fact).setParameter(2, SOURCE).executeUpdate();
            return fact;
        });
    }

    public static long recommendation(long review, String body, String language, String response,
                                      List<String> recommenders, List<String> themes) {
        return InRequestContext.transaction(() -> {
            var em = Panache.getEntityManager();
            long id = ((Number) em.createNativeQuery("INSERT INTO upr_recommendations"
                            + " (review_fact_id, body, language, response, source_id, locator)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, 'generated row') RETURNING id")
                    .setParameter(1, review).setParameter(2, body).setParameter(3, language).setParameter(4, response)
                    .setParameter(5, SOURCE).getSingleResult()).longValue();
            for (String state : recommenders) {
                em.createNativeQuery("INSERT INTO upr_recommending_states VALUES (?1, ?2)")
                        .setParameter(1, id).setParameter(2, state).executeUpdate();
            }
            for (String theme : themes) {
                em.createNativeQuery("INSERT INTO upr_recommendation_themes VALUES (?1, ?2)")
                        .setParameter(1, id).setParameter(2, theme).executeUpdate();
            }
            return id;
        });
    }

    /** Adds {@code count} plain recommendations to a review in one statement (for volume tests). */
    public static void many(long review, int count) {
        InRequestContext.transaction(() -> Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO upr_recommendations (review_fact_id, body, language, response, source_id, locator)"
                                + " SELECT ?1, 'Generated recommendation ' || n, 'en',"
                                + " CASE WHEN n % 3 = 0 THEN 'noted' ELSE 'supported' END, ?2, 'row ' || n"
                                + " FROM generate_series(1, ?3) n")
                .setParameter(1, review).setParameter(2, SOURCE).setParameter(3, count).executeUpdate());
    }

    /** Removes every recommendation and every review that is not a seed fact. */
    public static void clear() {
        InRequestContext.transaction(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("DELETE FROM upr_recommendations").executeUpdate();
            em.createNativeQuery("DELETE FROM facts WHERE kind = 'upr_review' AND seed_key IS NULL").executeUpdate();
        });
    }
}
