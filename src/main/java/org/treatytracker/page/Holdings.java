package org.treatytracker.page;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * What the tracker holds, counted: the home page's figures. {@code coveredPairs}: the (member state, treaty) pairs a
 * complete record (a dataset listing every state) covers, where "no action" is a real answer.
 */
public record Holdings(long states, long members, long treaties, long treatyActions, long reviews, long recommendations,
                       long articles, long coveredPairs) {

    /** The (member state, treaty) pairs there are. */
    public long memberPairs() {
        return members * treaties;
    }

    /** One statement, so that the figures are of one snapshot. A review is a (state, cycle): two sources of it count once. */
    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM parties WHERE kind = 'state') AS states,
                   (SELECT count(*) FROM parties WHERE kind = 'state' AND un_status = 'member') AS members,
                   (SELECT count(*) FROM treaties) AS treaties,
                   (SELECT count(*) FROM treaty_actions) AS treaty_actions,
                   (SELECT count(*) FROM (SELECT DISTINCT state_code, cycle FROM upr_reviews) AS r) AS reviews,
                   (SELECT count(*) FROM upr_recommendations) AS recommendations,
                   (SELECT count(*) FROM sources WHERE kind = 'article') AS articles,
                   (SELECT count(*) FROM (SELECT DISTINCT c.party_code, c.treaty_code FROM coverage c
                                          JOIN sources s ON s.id = c.source_id AND s.complete
                                          JOIN parties p ON p.code = c.party_code AND p.un_status = 'member') AS covered) AS covered_pairs""";

    static Holdings count(EntityManager entities) {
        Tuple row = (Tuple) entities.createNativeQuery(COUNTS, Tuple.class).getSingleResult();
        return new Holdings(number(row, "states"), number(row, "members"), number(row, "treaties"),
                number(row, "treaty_actions"), number(row, "reviews"), number(row, "recommendations"), number(row, "articles"),
                number(row, "covered_pairs"));
    }

    private static long number(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
