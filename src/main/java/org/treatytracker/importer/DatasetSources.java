package org.treatytracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imported files as sources of kind {@code dataset}. Successive exports of one dataset are
 * separate sources sharing the dataset key; the same bytes imported twice are recognised by their
 * SHA-256.
 */
final class DatasetSources {

    /** Descriptive metadata of an imported file. */
    record Description(String title, String publisher, String url, String language, String note) {

        /** A file known by its name alone, its texts in {@code language} ("und", undetermined, when not given). */
        static Description ofFile(DatasetFile file, String language) {
            return new Description(file.name(), null, null, language == null ? "und" : language, null);
        }
    }

    private DatasetSources() {
    }

    /**
     * Whether the dataset is, right now, what this very import would make it: its latest import
     * (or undo) left it in this identity. An older import of the same file and mapping does not
     * count: after A, B, the dataset holds B, and A again is a change back.
     */
    static boolean isCurrent(Connection db, String dataset, String identity) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT identity FROM imports WHERE dataset = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, dataset);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && identity.equals(rows.getString(1));
            }
        }
    }

    /** The sources of the dataset's earlier exports, oldest first. */
    static List<String> earlierExports(Connection db, String dataset) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id FROM sources WHERE kind = 'dataset' AND dataset = ? ORDER BY imported_at, id")) {
            query.setString(1, dataset);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** Serialises imports of one dataset (two imports of it at once would both compute changes). */
    static void lock(Connection db, String dataset) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('import:' || ?))")) {
            lock.setString(1, dataset);
            lock.execute();
        }
    }

    /**
     * The source of this import: the one an earlier import with the same identity registered (the
     * dataset is put back as that import had it), or a new one. A dataset's file says what it is
     * as of ({@code asOf}) and whether it is a complete record.
     */
    static String register(Connection db, String dataset, DatasetFile file, String identity, Description description,
                           ImportRequest.RecordOptions options, LocalDate asOf, boolean complete) throws SQLException {
        String id = "dataset-" + slug(dataset) + "-" + identity.substring(0, 12);
        try (PreparedStatement touch = db.prepareStatement(
                "UPDATE sources SET imported_at = now() WHERE id = ? AND identity = ?")) {
            touch.setString(1, id);
            touch.setString(2, identity);
            if (touch.executeUpdate() == 1) {
                return id;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO sources (id, kind, title, publisher, url, language, published_note, sha256,
                                     dataset, file_name, row_count, imported_at, as_of, complete, retrieved_on, identity)
                VALUES (?, 'dataset', ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), ?, ?, ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, options.title() != null ? options.title() : description.title());
            insert.setString(3, options.publisher() != null ? options.publisher() : description.publisher());
            insert.setString(4, options.url() != null ? options.url() : description.url());
            insert.setString(5, description.language());
            insert.setString(6, description.note());
            insert.setString(7, file.sha256());
            insert.setString(8, dataset);
            insert.setString(9, file.name());
            insert.setObject(10, asOf);
            insert.setBoolean(11, complete);
            insert.setObject(12, options.retrievedOn());
            insert.setString(13, identity);
            insert.executeUpdate();
        }
        return id;
    }

    static void countRows(Connection db, String source, long rows) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE sources SET row_count = ? WHERE id = ?")) {
            update.setLong(1, rows);
            update.setString(2, source);
            update.executeUpdate();
        }
    }

    /** The dataset key of a file imported without --dataset: the format and the file's name. */
    static String defaultKey(String format, DatasetFile file) {
        String name = file.name();
        int dot = name.lastIndexOf('.');
        return format + "-" + slug(dot > 0 ? name.substring(0, dot) : name);
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug.isEmpty() ? "file" : slug;
    }
}
