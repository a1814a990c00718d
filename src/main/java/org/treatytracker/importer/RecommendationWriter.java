package org.treatytracker.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset's recommendations as rows are read, in JDBC batches, so that memory holds one
 * batch plus one small entry per recommendation (to merge the rows of a recommendation made by
 * several states), not the file.
 *
 * <p>A recommendation is identified within its review by its UN number when the data has one:
 * rows sharing it are one recommendation, with each row's recommending states added (their texts
 * must agree). Without a number, each row is a recommendation of its own. Reviews (state, cycle)
 * are facts keyed within the dataset, citing the rows they were read from.
 */
final class RecommendationWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    /** A review of this dataset: its fact, the rows that name it, and the session they give. */
    private static final class Review {
        final long factId;
        final boolean existed;
        final long firstLine;
        Integer session;
        long rows;

        Review(long factId, boolean existed, long firstLine) {
            this.factId = factId;
            this.existed = existed;
            this.firstLine = firstLine;
        }
    }

    private record Numbered(long id, String text, long line) {
    }

    private final Connection db;
    private final String dataset;
    private final String source;
    private final Map<String, Long> earlierReviews;
    private final Map<String, Review> reviews = new LinkedHashMap<>();
    private final Map<String, Numbered> numbered = new HashMap<>();
    private final Map<String, Integer> unnumbered = new HashMap<>();
    private final ArrayDeque<Long> ids = new ArrayDeque<>();
    private final PreparedStatement nextIds;
    private final PreparedStatement recommendation;
    private final PreparedStatement recommender;
    private final PreparedStatement theme;
    private final MessageDigest sha1;
    private int pending;
    private long recommendations;

    RecommendationWriter(Connection db, String dataset, String source) throws SQLException {
        this.db = db;
        this.dataset = dataset;
        this.source = source;
        this.earlierReviews = earlierReviews(db, dataset);
        this.nextIds = db.prepareStatement("SELECT nextval('upr_recommendations_id_seq') FROM generate_series(1, " + BATCH + ")");
        this.recommendation = db.prepareStatement("""
                INSERT INTO upr_recommendations (id, review_fact_id, un_number, body, language, response, response_raw,
                                                 source_id, locator, import_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        this.recommender = db.prepareStatement(
                "INSERT INTO upr_recommending_states (recommendation_id, party_code) VALUES (?, ?) ON CONFLICT DO NOTHING");
        this.theme = db.prepareStatement(
                "INSERT INTO upr_recommendation_themes (recommendation_id, theme) VALUES (?, ?) ON CONFLICT DO NOTHING");
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long recommendations() {
        return recommendations;
    }

    /** Adds a row; a problem (texts of one numbered recommendation that differ) is returned, not thrown. */
    RowProblem add(RecommendationRow row, String file) throws SQLException {
        Review review = review(row);
        if (review.session == null) {
            review.session = row.session();
        } else if (row.session() != null && !review.session.equals(row.session())) {
            return new RowProblem(file, row.line(), "session " + row.session() + " differs from session " + review.session
                    + " given for " + row.state() + " in cycle " + row.cycle() + " on line " + review.firstLine);
        }
        review.rows++;
        String reviewKey = row.state() + "|" + row.cycle();
        long id;
        if (row.unNumber() != null) {
            String key = dataset + "|" + reviewKey + "|" + row.unNumber();
            Numbered earlier = numbered.get(key);
            if (earlier != null) {
                if (!earlier.text().equals(digest(row.text()))) {
                    return new RowProblem(file, row.line(), "recommendation " + row.unNumber() + " to " + row.state()
                            + " in cycle " + row.cycle() + " has another text on line " + earlier.line());
                }
                addLinks(earlier.id(), row);
                return null;
            }
            id = insert(row, review, key);
            numbered.put(key, new Numbered(id, digest(row.text()), row.line()));
        } else {
            String textKey = dataset + "|" + reviewKey + "|text:" + digest(row.text());
            int occurrence = unnumbered.merge(textKey, 1, Integer::sum);
            insert(row, review, occurrence == 1 ? textKey : textKey + "#" + occurrence);
        }
        return null;
    }

    private long insert(RecommendationRow row, Review review, String key) throws SQLException {
        if (ids.isEmpty()) {
            try (ResultSet next = nextIds.executeQuery()) {
                while (next.next()) {
                    ids.add(next.getLong(1));
                }
            }
        }
        long id = ids.remove();
        recommendation.setLong(1, id);
        recommendation.setLong(2, review.factId);
        recommendation.setString(3, row.unNumber());
        recommendation.setString(4, row.text());
        recommendation.setString(5, row.language());
        recommendation.setString(6, row.response());
        recommendation.setString(7, row.responseRaw());
        recommendation.setString(8, source);
        recommendation.setString(9, "row " + row.line());
        recommendation.setString(10, key);
        recommendation.addBatch();
        recommendations++;
        addLinks(id, row);
        return id;
    }

    private void addLinks(long id, RecommendationRow row) throws SQLException {
        for (String state : row.recommendingStates()) {
            recommender.setLong(1, id);
            recommender.setString(2, state);
            recommender.addBatch();
        }
        for (String name : row.themes()) {
            theme.setLong(1, id);
            theme.setString(2, name);
            theme.addBatch();
        }
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Recommendations first: the other two batches refer to them. */
    void flush() throws SQLException {
        recommendation.executeBatch();
        recommender.executeBatch();
        theme.executeBatch();
        pending = 0;
    }

    private Review review(RecommendationRow row) throws SQLException {
        String key = row.state() + "|" + row.cycle();
        Review review = reviews.get(key);
        if (review != null) {
            return review;
        }
        Long earlier = earlierReviews.get(key);
        if (earlier != null) {
            review = new Review(earlier, true, row.line());
        } else {
            try (PreparedStatement fact = db.prepareStatement(
                    "INSERT INTO facts (kind, import_key) VALUES ('upr_review', ?) RETURNING id")) {
                fact.setString(1, dataset + "|review|" + key);
                try (ResultSet created = fact.executeQuery()) {
                    created.next();
                    review = new Review(created.getLong(1), false, row.line());
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO upr_reviews (fact_id, state_code, cycle) VALUES (?, ?, ?)")) {
                insert.setLong(1, review.factId);
                insert.setString(2, row.state());
                insert.setInt(3, row.cycle());
                insert.executeUpdate();
            }
        }
        reviews.put(key, review);
        return review;
    }

    /**
     * Ends the import: sets each review's session, makes it cite this file (replacing the citation
     * of the dataset's earlier export), and deletes the reviews the newer export no longer has.
     * Returns how many reviews were removed.
     */
    int finishReviews() throws SQLException {
        flush();
        try (PreparedStatement session = db.prepareStatement("UPDATE upr_reviews SET session = ? WHERE fact_id = ?");
             PreparedStatement uncite = db.prepareStatement("""
                     DELETE FROM citations WHERE fact_id = ?
                       AND source_id IN (SELECT id FROM sources WHERE kind = 'dataset' AND dataset = ? AND id <> ?)""");
             PreparedStatement cite = db.prepareStatement("INSERT INTO citations (fact_id, source_id, locator) VALUES (?, ?, ?)");
             PreparedStatement touch = db.prepareStatement(
                     "UPDATE facts SET updated_at = now(), version = version + 1 WHERE id = ?")) {
            for (var entry : reviews.entrySet()) {
                Review review = entry.getValue();
                session.setObject(1, review.session);
                session.setLong(2, review.factId);
                session.addBatch();
                if (review.existed) {
                    uncite.setLong(1, review.factId);
                    uncite.setString(2, dataset);
                    uncite.setString(3, source);
                    uncite.addBatch();
                    touch.setLong(1, review.factId);
                    touch.addBatch();
                }
                cite.setLong(1, review.factId);
                cite.setString(2, source);
                String[] stateAndCycle = entry.getKey().split("\\|");
                cite.setString(3, review.rows + " rows for " + stateAndCycle[0] + ", cycle " + stateAndCycle[1]
                        + ", from row " + review.firstLine);
                cite.addBatch();
            }
            session.executeBatch();
            cite.executeBatch();
            uncite.executeBatch();
            touch.executeBatch();
        }
        int removed = 0;
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM facts WHERE id = ?")) {
            for (var earlier : earlierReviews.entrySet()) {
                if (!reviews.containsKey(earlier.getKey())) {
                    delete.setLong(1, earlier.getValue());
                    delete.addBatch();
                    removed++;
                }
            }
            delete.executeBatch();
        }
        return removed;
    }

    private static Map<String, Long> earlierReviews(Connection db, String dataset) throws SQLException {
        Map<String, Long> reviews = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT r.fact_id, r.state_code, r.cycle FROM facts f JOIN upr_reviews r ON r.fact_id = f.id
                WHERE starts_with(f.import_key, ? || '|review|')""")) {
            query.setString(1, dataset);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reviews.put(rows.getString(2) + "|" + rows.getInt(3), rows.getLong(1));
                }
            }
        }
        return reviews;
    }

    private String digest(String text) {
        return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 10);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(nextIds, recommendation, recommender, theme)) {
            statement.close();
        }
    }
}
