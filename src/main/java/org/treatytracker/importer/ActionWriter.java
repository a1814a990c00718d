package org.treatytracker.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Deque;
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
        try (FactRows facts = new FactRows(db, "treaty_action");
             PreparedStatement action = db.prepareStatement("""
                     INSERT INTO treaty_actions (fact_id, party_code, treaty_code, action, action_date, precision, basis)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement update = db.prepareStatement("""
                     UPDATE treaty_actions SET party_code = ?, treaty_code = ?, action = ?, action_date = ?,
                            precision = ?, basis = ? WHERE fact_id = ?""")) {
            Deque<Long> freshIds = facts.reserveIds(actions.stream().filter(a -> !existing.containsKey(a.key())).count());
            for (ActionRecord record : actions) {
                Existing old = existing.remove(record.key());
                long factId;
                if (old == null) {
                    factId = freshIds.remove();
                    facts.add(factId, record.key());
                    bind(action, record, factId);
                    action.addBatch();
                    facts.cite(factId, source, record.locator());
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
                    facts.touch(factId);
                    changed++;
                    journal.change(record.key(), "changed", old.describe(), record.describe());
                }
                facts.recite(factId, dataset, source, record.locator());
            }
            facts.executeFacts();
            action.executeBatch();
            facts.executeCitations();
            update.executeBatch();
            for (var gone : existing.entrySet()) {
                facts.remove(gone.getValue().factId());
                journal.change(gone.getKey(), "removed", gone.getValue().describe(), null);
            }
            facts.executeFacts();
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
