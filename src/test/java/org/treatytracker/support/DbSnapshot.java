package org.treatytracker.support;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fingerprint of everything the seed loader and the importers write, to prove that a load or an
 * import changed nothing: row counts and digests of the fact, citation, source, party, treaty, action,
 * review, recommendation and import tables.
 */
public record DbSnapshot(String digest) {

    private static final String SQL = """
            SELECT md5(concat_ws('|',
              (SELECT string_agg(concat_ws(':', id, kind, seed_key, updated_at), ',' ORDER BY id) FROM facts),
              (SELECT string_agg(concat_ws(':', id, fact_id, source_id, start_cp, end_cp, md5(coalesce(quote, locator))), ',' ORDER BY id) FROM citations),
              (SELECT string_agg(concat_ws(':', id, sha256, title, published_on), ',' ORDER BY id) FROM sources),
              (SELECT string_agg(concat_ws(':', code, name_en, name_fr), ',' ORDER BY code) FROM parties),
              (SELECT string_agg(concat_ws(':', code, name_en, parent_code), ',' ORDER BY code) FROM treaties),
              (SELECT string_agg(concat_ws(':', normalized, party_code), ',' ORDER BY normalized) FROM party_aliases),
              (SELECT string_agg(concat_ws(':', normalized, treaty_code), ',' ORDER BY normalized) FROM treaty_aliases),
              (SELECT count(*) FROM seed_loads),
              (SELECT string_agg(concat_ws(':', fact_id, party_code, treaty_code, action, action_date), ',' ORDER BY fact_id) FROM treaty_actions),
              (SELECT string_agg(concat_ws(':', fact_id, state_code, cycle, session), ',' ORDER BY fact_id) FROM upr_reviews),
              (SELECT string_agg(concat_ws(':', id, review_fact_id, md5(body), response, source_id, locator), ',' ORDER BY id) FROM upr_recommendations),
              (SELECT count(*) FROM upr_recommending_states),
              (SELECT count(*) FROM upr_recommendation_themes),
              (SELECT count(*) FROM imports),
              (SELECT count(*) FROM import_changes)))
            """;

    public static DbSnapshot take() {
        return InRequestContext.transaction(() -> new DbSnapshot(
                (String) Panache.getEntityManager().createNativeQuery(SQL).getSingleResult()));
    }

    /** The same fingerprint over a plain JDBC connection, for tests that run the packaged application. */
    public static DbSnapshot take(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(SQL)) {
            result.next();
            return new DbSnapshot(result.getString(1));
        }
    }

    public static long count(String sql) {
        return InRequestContext.transaction(() ->
                ((Number) Panache.getEntityManager().createNativeQuery(sql).getSingleResult()).longValue());
    }
}
