package org.treatytracker.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a dataset's recommendations as rows are read, in JDBC batches, so that memory holds one
 * batch plus one small entry per recommendation (to merge the rows of a recommendation made by
 * several states), not the file.
 *
 * <p>A recommendation is identified within its review by its UN number when the data has one:
 * rows sharing it are one recommendation, with each row's recommending states and themes added
 * (their texts, after whitespace normalisation, and their responses must agree, else the row is
 * bad). Without a number, rows of one review with the same text after whitespace normalisation
 * are one recommendation listed once per recommending state, and are merged the same way; a row
 * whose response differs from the one already read for that text is kept as a recommendation of
 * its own (the export may hold two recommendations of one wording answered differently, and
 * merging would drop one response). A merged recommendation cites all its rows. Reviews (state,
 * cycle) are facts keyed within the dataset, citing the rows they were read from.
 */
final class RecommendationWriter implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

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

    private record Numbered(long id, String text, String responseRaw, long line) {
    }

    /** A recommendation read from rows without a number: its id and the raw response it was read with. */
    private record Unnumbered(long id, String responseRaw) {
    }

    private final Connection db;
    private final String dataset;
    private final String source;
    private final Map<String, Long> earlierReviews;
    private final Map<String, Review> reviews = new LinkedHashMap<>();
    private final Map<String, Numbered> numbered = new HashMap<>();
    private final Map<String, List<Unnumbered>> unnumbered = new HashMap<>();
    /** The later rows of each recommendation read from more than one, to cite them all. */
    private final Map<Long, List<Long>> mergedLines = new HashMap<>();
    private final ArrayDeque<Long> ids = new ArrayDeque<>();
    private final PreparedStatement nextIds;
    private final PreparedStatement recommendation;
    private final FactRows reviewFacts;
    private final PreparedStatement recommender;
    private final PreparedStatement theme;
    private final PreparedStatement action;
    private final MessageDigest sha1;
    private int pending;
    private long recommendations;
    private long mergedRows;
    private long keptApartByResponse;
    private boolean checkingOnly;
    private long unwrittenIds;

    RecommendationWriter(Connection db, String dataset, String source) throws SQLException {
        this.db = db;
        this.dataset = dataset;
        this.source = source;
        this.earlierReviews = earlierReviews(db, dataset);
        this.reviewFacts = new FactRows(db, "upr_review");
        this.nextIds = db.prepareStatement("SELECT nextval('upr_recommendations_id_seq') FROM generate_series(1, " + BATCH + ")");
        this.recommendation = db.prepareStatement("""
                INSERT INTO upr_recommendations (id, review_fact_id, un_number, body, language, response, response_raw,
                                                 source_id, locator, import_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        this.recommender = db.prepareStatement(
                "INSERT INTO upr_recommending_states (recommendation_id, party_code) VALUES (?, ?) ON CONFLICT DO NOTHING");
        this.theme = db.prepareStatement(
                "INSERT INTO upr_recommendation_themes (recommendation_id, theme) VALUES (?, ?) ON CONFLICT DO NOTHING");
        this.action = db.prepareStatement(
                "INSERT INTO upr_recommendation_actions (recommendation_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING");
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * From now on rows are checked against each other (texts, responses, sessions) but nothing more
     * is written: the import has a bad row and will be rolled back, and the rest of the file is only
     * read to list every bad row.
     */
    void checkOnly() throws SQLException {
        if (!checkingOnly) {
            checkingOnly = true;
            recommendation.clearBatch();
            recommender.clearBatch();
            theme.clearBatch();
            action.clearBatch();
        }
    }

    long recommendations() {
        return recommendations;
    }

    /** Rows that were one more recommending state (or theme) of a recommendation read on an earlier row. */
    long mergedRows() {
        return mergedRows;
    }

    /** Rows whose text matched an earlier row's but whose response did not: kept as recommendations of their own. */
    long keptApartByResponse() {
        return keptApartByResponse;
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
                if (!earlier.text().equals(digest(normalised(row.text())))) {
                    return new RowProblem(file, row.line(), "recommendation " + row.unNumber() + " to " + row.state()
                            + " in cycle " + row.cycle() + " has another text on line " + earlier.line());
                }
                if (!Objects.equals(earlier.responseRaw(), row.responseRaw())) {
                    return new RowProblem(file, row.line(), "recommendation " + row.unNumber() + " to " + row.state()
                            + " in cycle " + row.cycle() + " has the response '" + Objects.toString(row.responseRaw(), "")
                            + "' here and '" + Objects.toString(earlier.responseRaw(), "") + "' on line " + earlier.line());
                }
                merge(earlier.id(), row);
                return null;
            }
            id = insert(row, review, key);
            numbered.put(key, new Numbered(id, digest(normalised(row.text())), row.responseRaw(), row.line()));
        } else {
            String textKey = dataset + "|" + reviewKey + "|text:" + digest(normalised(row.text()));
            List<Unnumbered> sameText = unnumbered.computeIfAbsent(textKey, k -> new ArrayList<>(1));
            for (Unnumbered earlier : sameText) {
                if (Objects.equals(earlier.responseRaw(), row.responseRaw())) {
                    merge(earlier.id(), row);
                    return null;
                }
            }
            if (!sameText.isEmpty()) {
                keptApartByResponse++;
            }
            String key = sameText.isEmpty() ? textKey : textKey + "|response:" + Objects.toString(row.responseRaw(), "");
            sameText.add(new Unnumbered(insert(row, review, key), row.responseRaw()));
        }
        return null;
    }

    /** Adds a row's recommending states, themes and action category to a recommendation read from an earlier row. */
    private void merge(long id, RecommendationRow row) throws SQLException {
        mergedRows++;
        mergedLines.computeIfAbsent(id, k -> new ArrayList<>()).add(row.line());
        addLinks(id, row);
    }

    /** The text as compared for merging: runs of whitespace as one space, none at either end. */
    static String normalised(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private long insert(RecommendationRow row, Review review, String key) throws SQLException {
        if (checkingOnly) {
            return --unwrittenIds;
        }
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
        if (checkingOnly) {
            return;
        }
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
        if (row.actionCategory() != null) {
            action.setLong(1, id);
            action.setInt(2, row.actionCategory());
            action.addBatch();
        }
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Recommendations first: the other batches refer to them. */
    void flush() throws SQLException {
        recommendation.executeBatch();
        recommender.executeBatch();
        theme.executeBatch();
        action.executeBatch();
        pending = 0;
    }

    private Review review(RecommendationRow row) throws SQLException {
        String key = row.state() + "|" + row.cycle();
        Review review = reviews.get(key);
        if (review != null) {
            return review;
        }
        Long earlier = earlierReviews.get(key);
        if (checkingOnly) {
            review = new Review(earlier == null ? --unwrittenIds : earlier, earlier != null, row.line());
        } else if (earlier != null) {
            review = new Review(earlier, true, row.line());
        } else {
            review = new Review(reviewFacts.addNow(dataset + "|review|" + key), false, row.line());
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
        citeMergedRows();
        try (PreparedStatement session = db.prepareStatement("UPDATE upr_reviews SET session = ? WHERE fact_id = ?")) {
            for (var entry : reviews.entrySet()) {
                Review review = entry.getValue();
                session.setObject(1, review.session);
                session.setLong(2, review.factId);
                session.addBatch();
                if (review.existed) {
                    reviewFacts.uncite(review.factId, dataset, source);
                    reviewFacts.touch(review.factId);
                }
                String[] stateAndCycle = entry.getKey().split("\\|");
                reviewFacts.cite(review.factId, source, review.rows + " rows for " + stateAndCycle[0] + ", cycle "
                        + stateAndCycle[1] + ", from row " + review.firstLine);
            }
            session.executeBatch();
            reviewFacts.executeCitations();
            reviewFacts.executeFacts();
        }
        int removed = 0;
        for (var earlier : earlierReviews.entrySet()) {
            if (!reviews.containsKey(earlier.getKey())) {
                reviewFacts.remove(earlier.getValue());
                removed++;
            }
        }
        reviewFacts.executeFacts();
        return removed;
    }

    /** A merged recommendation's locator names every row it was read from ("row 12, 40"), in one statement. */
    private void citeMergedRows() throws SQLException {
        if (mergedLines.isEmpty()) {
            return;
        }
        List<Long> merged = new ArrayList<>(mergedLines.keySet());
        List<String> more = merged.stream()
                .map(id -> mergedLines.get(id).stream().map(String::valueOf).collect(Collectors.joining(", ", ", ", "")))
                .toList();
        try (PreparedStatement cite = db.prepareStatement("""
                UPDATE upr_recommendations r SET locator = 'rows ' || substr(r.locator, 5) || u.more
                FROM unnest(?::bigint[], ?::text[]) AS u(id, more) WHERE r.id = u.id""")) {
            cite.setArray(1, db.createArrayOf("bigint", merged.toArray()));
            cite.setArray(2, db.createArrayOf("text", more.toArray()));
            cite.executeUpdate();
        }
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
        for (PreparedStatement statement : List.of(nextIds, recommendation, recommender, theme, action)) {
            statement.close();
        }
        reviewFacts.close();
    }
}
