package org.treatytracker.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Records an import and, item by item, what it changed relative to the dataset's previous export. */
final class ImportJournal implements AutoCloseable {

    private final PreparedStatement change;
    private final long id;
    private int pending;

    private ImportJournal(Connection db, long id) throws SQLException {
        this.id = id;
        this.change = db.prepareStatement(
                "INSERT INTO import_changes (import_id, item_key, change, before, after) VALUES (?, ?, ?, ?, ?)");
    }

    static ImportJournal open(Connection db, String dataset, String source, String format, String identity)
            throws SQLException {
        return open(db, dataset, source, format, identity, null, null);
    }

    /**
     * @param records what the import read, as JSON, for an import that can be undone; else null
     * @param undoes  the import an undo takes back; else null
     */
    static ImportJournal open(Connection db, String dataset, String source, String format, String identity,
                              String records, Long undoes) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO imports (dataset, source_id, format, rows, added, changed, removed, unchanged, seconds,
                                     identity, records, undoes)
                VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, ?, CAST(? AS jsonb), ?) RETURNING id""")) {
            insert.setString(1, dataset);
            insert.setString(2, source);
            insert.setString(3, format);
            insert.setString(4, identity);
            insert.setString(5, records);
            insert.setObject(6, undoes);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new ImportJournal(db, row.getLong(1));
            }
        }
    }

    long id() {
        return id;
    }

    void change(String key, String kind, String before, String after) throws SQLException {
        change.setLong(1, id);
        change.setString(2, key);
        change.setString(3, kind);
        change.setString(4, before);
        change.setString(5, after);
        change.addBatch();
        if (++pending == 1000) {
            change.executeBatch();
            pending = 0;
        }
    }

    void finish(Connection db, long rows, Changes counts, double seconds) throws SQLException {
        change.executeBatch();
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE imports SET rows = ?, added = ?, changed = ?, removed = ?, unchanged = ?, seconds = ? WHERE id = ?")) {
            update.setLong(1, rows);
            update.setLong(2, counts.added());
            update.setLong(3, counts.changed());
            update.setLong(4, counts.removed());
            update.setLong(5, counts.unchanged());
            update.setBigDecimal(6, BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP));
            update.setLong(7, id);
            update.executeUpdate();
        }
        // The audit log gets one entry per import or undo (who ran it: the operating-system user); the
        // item-by-item changes, with their before and after, are in import_changes.
        try (PreparedStatement audit = db.prepareStatement("""
                INSERT INTO audit_log (actor, action, target_kind, target_id, after)
                SELECT ?, CASE WHEN undoes IS NULL THEN 'create' ELSE 'retract' END, 'import',
                       CAST(COALESCE(undoes, id) AS text),
                       jsonb_build_object('import_id', id, 'dataset', dataset, 'source_id', source_id, 'format', format,
                                          'rows', rows, 'added', added, 'changed', changed, 'removed', removed,
                                          'unchanged', unchanged, 'undoes', undoes)
                FROM imports WHERE id = ?""")) {
            audit.setString(1, "import:" + System.getProperty("user.name"));
            audit.setLong(2, id);
            audit.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        change.close();
    }

    /** Items added, changed, removed and left as they were. */
    record Changes(long added, long changed, long removed, long unchanged) {
    }
}
