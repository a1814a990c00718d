package org.treatytracker.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Compares a dataset's newly imported recommendations with those of its earlier exports, by key,
 * records every difference in the import's change log ({@link ImportJournal#compare}), then
 * deletes the earlier rows: the newer export replaces them. Recommendations editors added citing one of these sources are theirs, not
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
                   || ' | action: ' || coalesce((SELECT string_agg(a.category::text, ',' ORDER BY a.category)
                                                 FROM upr_recommendation_actions a WHERE a.recommendation_id = r.id), '-')
                   || ' | ' || md5(r.body) AS state
            FROM upr_recommendations r WHERE r.source_id = ANY (?) AND r.added_by IS NULL""";

    private RecommendationChanges() {
    }

    static ImportJournal.Changes apply(Connection db, ImportJournal journal, String source, List<String> earlier,
                                       long imported) throws SQLException {
        if (earlier.isEmpty()) {
            return new ImportJournal.Changes(imported, 0, 0, 0);
        }
        Array earlierSources = db.createArrayOf("text", earlier.toArray());
        Array newSource = db.createArrayOf("text", new Object[] {source});
        ImportJournal.Changes changes = journal.compare(db, SNAPSHOT, earlierSources, newSource, imported);
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM upr_recommendations WHERE source_id = ANY (?) AND added_by IS NULL")) {
            delete.setArray(1, earlierSources);
            delete.executeUpdate();
        }
        return changes;
    }
}
