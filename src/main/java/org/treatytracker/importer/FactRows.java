package org.treatytracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The importers' writes to the {@code facts} and {@code citations} tables, in JDBC batches: the one
 * place their SQL is. A fact an import writes is of one kind, keyed by its {@code import_key}, and
 * cites a place in the imported file (a locator, never a quote). Statements are prepared on first
 * use; each {@code execute} method runs the batches of its table, so that a writer orders them
 * around its own tables' (a fact before the row that extends it, a new citation before the old
 * one is removed).
 */
final class FactRows implements AutoCloseable {

    private final Connection db;
    private final String kind;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

    FactRows(Connection db, String kind) {
        this.db = db;
        this.kind = kind;
    }

    /** Ids for {@code count} new facts, drawn from the facts' sequence at once. */
    Deque<Long> reserveIds(long count) throws SQLException {
        Deque<Long> ids = new ArrayDeque<>();
        PreparedStatement reserve = statement("SELECT nextval('facts_id_seq') FROM generate_series(1, ?)");
        reserve.setLong(1, count);
        try (ResultSet rows = reserve.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** A new fact with a reserved id, batched. */
    void add(long id, String importKey) throws SQLException {
        PreparedStatement fact = statement("INSERT INTO facts (id, kind, import_key) VALUES (?, ?, ?)");
        fact.setLong(1, id);
        fact.setString(2, kind);
        fact.setString(3, importKey);
        fact.addBatch();
    }

    /** A new fact written now, for a writer that needs its id before its next row. */
    long addNow(String importKey) throws SQLException {
        PreparedStatement fact = statement("INSERT INTO facts (kind, import_key) VALUES (?, ?) RETURNING id");
        fact.setString(1, kind);
        fact.setString(2, importKey);
        try (ResultSet created = fact.executeQuery()) {
            created.next();
            return created.getLong(1);
        }
    }

    /** A new version of a fact whose content changed, batched. */
    void touch(long factId) throws SQLException {
        PreparedStatement touch = statement("UPDATE facts SET updated_at = now(), version = version + 1 WHERE id = ?");
        touch.setLong(1, factId);
        touch.addBatch();
    }

    /** A fact the newer export no longer has, batched (its citations and extension go with it). */
    void remove(long factId) throws SQLException {
        PreparedStatement delete = statement("DELETE FROM facts WHERE id = ?");
        delete.setLong(1, factId);
        delete.addBatch();
    }

    /** A citation of a place in the imported file, batched. */
    void cite(long factId, String source, String locator) throws SQLException {
        PreparedStatement cite = statement("INSERT INTO citations (fact_id, source_id, locator) VALUES (?, ?, ?)");
        cite.setLong(1, factId);
        cite.setString(2, source);
        cite.setString(3, locator);
        cite.addBatch();
    }

    /** Moves a fact's citation of the dataset's earlier export to this one, batched. */
    void recite(long factId, String dataset, String source, String locator) throws SQLException {
        PreparedStatement recite = statement("""
                UPDATE citations SET source_id = ?, locator = ?
                WHERE fact_id = ? AND source_id IN (SELECT id FROM sources WHERE kind = 'dataset' AND dataset = ?)""");
        recite.setString(1, source);
        recite.setString(2, locator);
        recite.setLong(3, factId);
        recite.setString(4, dataset);
        recite.addBatch();
    }

    /** Removes a fact's citations of the dataset's other exports than {@code source}, batched. */
    void uncite(long factId, String dataset, String source) throws SQLException {
        PreparedStatement uncite = statement("""
                DELETE FROM citations WHERE fact_id = ?
                  AND source_id IN (SELECT id FROM sources WHERE kind = 'dataset' AND dataset = ? AND id <> ?)""");
        uncite.setLong(1, factId);
        uncite.setString(2, dataset);
        uncite.setString(3, source);
        uncite.addBatch();
    }

    /** Runs the batched writes to {@code facts}: new facts, then new versions, then removals. */
    void executeFacts() throws SQLException {
        execute("INSERT INTO facts (id");
        execute("UPDATE facts");
        execute("DELETE FROM facts");
    }

    /** Runs the batched writes to {@code citations}: new ones, moved ones, then removed ones. */
    void executeCitations() throws SQLException {
        execute("INSERT INTO citations");
        execute("UPDATE citations");
        execute("DELETE FROM citations");
    }

    private void execute(String prefix) throws SQLException {
        for (Map.Entry<String, PreparedStatement> statement : statements.entrySet()) {
            if (statement.getKey().startsWith(prefix)) {
                statement.getValue().executeBatch();
            }
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = db.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
