package org.treatytracker.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Compares a dataset's newly imported recommendations with those of its earlier exports, by key,
 * records every difference in the import's change log, then deletes the earlier rows: the newer
 * export replaces them. Recommendations editors added citing one of these sources are theirs, not
 * the dataset's: they are neither compared nor deleted.
 */
final class RecommendationChanges {

    private static final String SNAPSHOT = """
            SELECT r.import_key,
                   left(r.body, 300) || ' | response: ' || coalesce(r.response_raw, '-')
                   || ' | by: ' || coalesce((SELECT string_agg(s.party_code, ',' ORDER BY s.party_code)
                                             FROM upr_recommending_states s WHERE s.recommendation_id = r.id), '-')
                   || ' | themes: ' || coalesce((SELECT string_agg(t.theme, '; ' ORDER BY t.theme)
                                                 FROM upr_recommendation_themes t WHERE t.recommendation_id = r.id), '-')
                   || ' | ' || md5(r.body) AS state
            FROM upr_recommendations r WHERE r.source_id = ANY (?) AND r.added_by IS NULL""";

    private RecommendationChanges() {
    }

    static ImportJournal.Changes apply(Connection db, long importId, String source, List<String> earlier, long imported)
            throws SQLException {
        if (earlier.isEmpty()) {
            return new ImportJournal.Changes(imported, 0, 0, 0);
        }
        Array earlierSources = db.createArrayOf("text", earlier.toArray());
        Array newSource = db.createArrayOf("text", new Object[] {source});
        try (PreparedStatement log = db.prepareStatement(
                "WITH old AS (" + SNAPSHOT + "), new AS (" + SNAPSHOT + """
                )
                INSERT INTO import_changes (import_id, item_key, change, before, after)
                SELECT ?, coalesce(n.import_key, o.import_key),
                       CASE WHEN o.import_key IS NULL THEN 'added' WHEN n.import_key IS NULL THEN 'removed' ELSE 'changed' END,
                       o.state, n.state
                FROM old o FULL JOIN new n ON n.import_key = o.import_key
                WHERE o.state IS DISTINCT FROM n.state""")) {
            log.setArray(1, earlierSources);
            log.setArray(2, newSource);
            log.setLong(3, importId);
            log.executeUpdate();
        }
        long added = 0;
        long changed = 0;
        long removed = 0;
        try (PreparedStatement count = db.prepareStatement(
                "SELECT change, count(*) FROM import_changes WHERE import_id = ? GROUP BY change")) {
            count.setLong(1, importId);
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "added" -> added = rows.getLong(2);
                        case "changed" -> changed = rows.getLong(2);
                        default -> removed = rows.getLong(2);
                    }
                }
            }
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM upr_recommendations WHERE source_id = ANY (?) AND added_by IS NULL")) {
            delete.setArray(1, earlierSources);
            delete.executeUpdate();
        }
        return new ImportJournal.Changes(added, changed, removed, imported - added - changed);
    }
}
