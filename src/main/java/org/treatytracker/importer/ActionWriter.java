package org.treatytracker.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.provenance.PartialDate;

/**
 * Writes a dataset's treaty actions as facts, each citing its row of the imported file. Facts of
 * the dataset's previous export are matched by key: kept (their citation moves to the newer file),
 * updated in place (same fact id), or deleted when the newer export no longer has them.
 */
final class ActionWriter {

    private record Existing(long factId, String describe) {
    }

    private ActionWriter() {
    }

    static ImportJournal.Changes write(Connection db, ImportJournal journal, String dataset, String source,
                                       List<ActionRecord> actions, boolean logChanges) throws SQLException {
        Map<String, Existing> existing = existing(db, dataset);
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        try (PreparedStatement ids = db.prepareStatement("SELECT nextval('facts_id_seq') FROM generate_series(1, ?)");
             PreparedStatement fact = db.prepareStatement("INSERT INTO facts (id, kind, import_key) VALUES (?, 'treaty_action', ?)");
             PreparedStatement action = db.prepareStatement("""
                     INSERT INTO treaty_actions (fact_id, party_code, treaty_code, action, action_date, precision, basis)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement citation = db.prepareStatement(
                     "INSERT INTO citations (fact_id, source_id, locator) VALUES (?, ?, ?)");
             PreparedStatement update = db.prepareStatement("""
                     UPDATE treaty_actions SET party_code = ?, treaty_code = ?, action = ?, action_date = ?,
                            precision = ?, basis = ? WHERE fact_id = ?""");
             PreparedStatement touch = db.prepareStatement("UPDATE facts SET updated_at = now(), version = version + 1 WHERE id = ?");
             PreparedStatement recite = db.prepareStatement("""
                     UPDATE citations SET source_id = ?, locator = ?
                     WHERE fact_id = ? AND source_id IN (SELECT id FROM sources WHERE kind = 'dataset' AND dataset = ?)""")) {
            long newFacts = actions.stream().filter(a -> !existing.containsKey(a.key())).count();
            var freshIds = new java.util.ArrayDeque<Long>();
            ids.setLong(1, newFacts);
            try (ResultSet rows = ids.executeQuery()) {
                while (rows.next()) {
                    freshIds.add(rows.getLong(1));
                }
            }
            for (ActionRecord record : actions) {
                Existing old = existing.remove(record.key());
                long factId;
                if (old == null) {
                    factId = freshIds.remove();
                    fact.setLong(1, factId);
                    fact.setString(2, record.key());
                    fact.addBatch();
                    bind(action, record, factId);
                    action.addBatch();
                    citation.setLong(1, factId);
                    citation.setString(2, source);
                    citation.setString(3, record.locator());
                    citation.addBatch();
                    added++;
                    if (logChanges) {
                        journal.change(record.key(), "added", null, record.describe());
                    }
                    continue;
                }
                factId = old.factId();
                if (Objects.equals(old.describe(), record.describe())) {
                    unchanged++;
                } else {
                    update.setString(1, record.party());
                    update.setString(2, record.treaty());
                    update.setString(3, record.action().name());
                    setDate(update, 4, record);
                    update.setLong(7, factId);
                    update.addBatch();
                    touch.setLong(1, factId);
                    touch.addBatch();
                    changed++;
                    journal.change(record.key(), "changed", old.describe(), record.describe());
                }
                recite.setString(1, source);
                recite.setString(2, record.locator());
                recite.setLong(3, factId);
                recite.setString(4, dataset);
                recite.addBatch();
            }
            fact.executeBatch();
            action.executeBatch();
            citation.executeBatch();
            update.executeBatch();
            touch.executeBatch();
            recite.executeBatch();
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM facts WHERE id = ?")) {
            for (var gone : existing.entrySet()) {
                delete.setLong(1, gone.getValue().factId());
                delete.addBatch();
                journal.change(gone.getKey(), "removed", gone.getValue().describe(), null);
            }
            delete.executeBatch();
        }
        return new ImportJournal.Changes(added, changed, existing.size(), unchanged);
    }

    private static Map<String, Existing> existing(Connection db, String dataset) throws SQLException {
        Map<String, Existing> existing = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT f.id, f.import_key, a.party_code, a.treaty_code, a.action, a.action_date, a.precision
                FROM facts f JOIN treaty_actions a ON a.fact_id = f.id
                WHERE starts_with(f.import_key, ? || '|')""")) {
            query.setString(1, dataset);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date date = rows.getDate(6);
                    PartialDate stored = date == null ? null
                            : new PartialDate(date.toLocalDate(), PartialDate.Precision.valueOf(rows.getString(7)));
                    existing.put(rows.getString(2), new Existing(rows.getLong(1), ActionRecord.describe(
                            rows.getString(3), rows.getString(4), rows.getString(5), stored)));
                }
            }
        }
        return existing;
    }

    private static void bind(PreparedStatement action, ActionRecord record, long factId) throws SQLException {
        action.setLong(1, factId);
        action.setString(2, record.party());
        action.setString(3, record.treaty());
        action.setString(4, record.action().name());
        setDate(action, 5, record);
    }

    /** Sets the date, its precision and basis at {@code index}, {@code index + 1} and {@code index + 2}. */
    private static void setDate(PreparedStatement statement, int index, ActionRecord record) throws SQLException {
        if (record.date() == null) {
            statement.setNull(index, Types.DATE);
            statement.setNull(index + 1, Types.VARCHAR);
            statement.setNull(index + 2, Types.VARCHAR);
        } else {
            statement.setObject(index, record.date().date());
            statement.setString(index + 1, record.date().precision().name());
            statement.setString(index + 2, "stated");
        }
    }
}
