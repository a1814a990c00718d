package org.treatytracker.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Records an import and, item by item, what it changed relative to the dataset's previous export:
 * the one writer of {@code imports} and {@code import_changes}.
 */
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

    /**
     * Records every difference between the items of the earlier exports and those of this one, in
     * SQL: {@code snapshot} selects {@code import_key} and {@code state} of the items citing the
     * sources bound as its one parameter. {@code items}: how many this import holds.
     */
    Changes compare(Connection db, String snapshot, Array earlier, Array newer, long items) throws SQLException {
        try (PreparedStatement log = db.prepareStatement(
                "WITH old AS (" + snapshot + "), new AS (" + snapshot + """
                )
                INSERT INTO import_changes (import_id, item_key, change, before, after)
                SELECT ?, coalesce(n.import_key, o.import_key),
                       CASE WHEN o.import_key IS NULL THEN 'added' WHEN n.import_key IS NULL THEN 'removed' ELSE 'changed' END,
                       o.state, n.state
                FROM old o FULL JOIN new n ON n.import_key = o.import_key
                WHERE o.state IS DISTINCT FROM n.state""")) {
            log.setArray(1, earlier);
            log.setArray(2, newer);
            log.setLong(3, id);
            log.executeUpdate();
        }
        long added = 0;
        long changed = 0;
        long removed = 0;
        try (PreparedStatement count = db.prepareStatement(
                "SELECT change, count(*) FROM import_changes WHERE import_id = ? GROUP BY change")) {
            count.setLong(1, id);
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
        return new Changes(added, changed, removed, items - added - changed);
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
