package org.treatytracker.upr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.treatytracker.web.Bom;
import org.treatytracker.web.CodeNames;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.CsvWriter;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/**
 * Individual recommendations: filtered, searched in full text with each one's language, paged in
 * SQL for JSON and streamed whole (no row cap) for CSV.
 */
@ApplicationScoped
public class RecommendationService {

    /** The columns of a recommendation as its view reads them, by name. */
    private static final String COLUMNS = "SELECT r.id, rv.state_code, rv.cycle, rv.session, r.un_number, r.body,"
            + " r.language, r.response, r.response_raw,"
            // As JSON arrays: a theme may hold any character, so no separator is safe.
            + " (SELECT json_agg(party_code ORDER BY party_code)::text FROM upr_recommending_states WHERE recommendation_id = r.id)"
            + " AS recommending_states,"
            + " (SELECT json_agg(theme ORDER BY theme)::text FROM upr_recommendation_themes WHERE recommendation_id = r.id) AS themes,"
            + " (SELECT json_agg(category ORDER BY category)::text FROM upr_recommendation_actions WHERE recommendation_id = r.id)"
            + " AS action_categories,"
            + " r.source_id, r.locator, r.review_fact_id, r.quote, r.start_cp, r.end_cp, r.derivation, r.added_by,"
            + " r.version";

    /** A row read by column name, from a JPA tuple or a JDBC result set alike. */
    @FunctionalInterface
    private interface Row {
        Object get(String column) throws SQLException;
    }

    private static final ObjectMapper STRINGS = new ObjectMapper();

    private final DataSource dataSource;
    private final CsvExports exports;

    public RecommendationService(DataSource dataSource, CsvExports exports) {
        this.dataSource = dataSource;
        this.exports = exports;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ItemList<RecommendationView> page(UprStatsService.Filters filters, String q, Long review, PageRequest page) {
        RecommendationFilter where = RecommendationFilter.of(filters, q, review);
        long offset = (long) (page.page() - 1) * page.perPage();
        // One statement: the matches are found once (a full-text search is the costly part) and counted by the
        // window over their ids alone; the columns, with their subqueries, are read for the page's rows only
        // (carried through the window, every match's body was sorted: three times the cost at 10,000 matches).
        String matches = "SELECT r.id, count(*) OVER () AS total_matches" + where.from() + where.sql()
                + " ORDER BY r.id LIMIT " + page.perPage() + " OFFSET " + offset;
        List<Tuple> rows = where.bind(Panache.getEntityManager().createNativeQuery(
                COLUMNS + ", m.total_matches FROM (" + matches + ") m JOIN upr_recommendations r ON r.id = m.id"
                        + " JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id ORDER BY r.id",
                Tuple.class)).getResultList();
        if (rows.isEmpty()) {
            // Past the first page, no row means past the last page: offsetWithin's 400.
            page.offsetWithin(0);
        }
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total_matches")).longValue();
        List<RecommendationView> items = rows.stream().map(RecommendationService::view).toList();
        // The page is all this envelope holds: the CSV of recommendations never comes from it, it streams.
        return new ItemList<>(items, Math.toIntExact(total), page.page(), page.perPage(), items);
    }

    /** One recommendation, imported or an editor's; empty when there is none with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<RecommendationView> one(long id) {
        List<Tuple> rows = Panache.getEntityManager()
                .createNativeQuery(COLUMNS + RecommendationFilter.FROM + " WHERE r.id = ?1", Tuple.class)
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(RecommendationService::view);
    }

    /** Every matching recommendation as CSV, read through a database cursor and written as it comes. */
    public StreamingOutput csv(UprStatsService.Filters filters, String q, Long review, Bom bom) {
        RecommendationFilter where = RecommendationFilter.of(filters, q, review);
        CodeNames names = exports.names();
        ObjectMapper json = exports.json();
        return output -> {
            if (bom.wanted()) {
                output.write(Bom.BYTES);
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    write(connection, where, output, names, json);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new java.io.IOException("reading recommendations failed", e);
            }
        };
    }

    /**
     * Every recommendation as CSV, the bytes {@code /api/v1/recommendations?format=csv} gives, read in the
     * caller's transaction (its snapshot); answers how many rows were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long writeAllCsv(OutputStream output) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            return write(connection, RecommendationFilter.of(UprStatsService.Filters.NONE, null, null),
                    output, exports.names(), exports.json());
        } catch (SQLException e) {
            throw new IOException("reading recommendations failed", e);
        }
    }

    private static long write(Connection connection, RecommendationFilter where, OutputStream output, CodeNames names,
                              ObjectMapper json) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + RecommendationFilter.FROM + where.sql() + " ORDER BY r.id")) {
            statement.setFetchSize(1000);
            for (int i = 0; i < where.parameters().size(); i++) {
                statement.setObject(i + 1, where.parameters().get(i));
            }
            long rowsWritten = 0;
            try (CsvWriter csv = RecommendationView.CSV.writer(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    csv.row(RecommendationView.CSV.row(view(rows::getObject), names, json));
                    rowsWritten++;
                }
            }
            return rowsWritten;
        }
    }

    private static RecommendationView view(Tuple row) {
        try {
            return view(row::get);
        } catch (SQLException e) {
            throw new IllegalStateException("a tuple is read without SQL", e);
        }
    }

    private static RecommendationView view(Row row) throws SQLException {
        String sourceId = (String) row.get("source_id");
        return new RecommendationView(((Number) row.get("id")).longValue(), (String) row.get("state_code"),
                ((Number) row.get("cycle")).intValue(), integer(row.get("session")), ((Number) row.get("review_fact_id")).longValue(),
                (String) row.get("un_number"), (String) row.get("body"), (String) row.get("language"),
                (String) row.get("response"), (String) row.get("response_raw"), array((String) row.get("recommending_states"), String[].class),
                array((String) row.get("themes"), String[].class), array((String) row.get("action_categories"), Integer[].class),
                row.get("added_by") == null ? RecommendationView.DATASET : RecommendationView.EDITOR,
                ((Number) row.get("version")).intValue(),
                new RecommendationView.SourceRef(sourceId, (String) row.get("locator"), (String) row.get("quote"),
                        integer(row.get("start_cp")), integer(row.get("end_cp")), (String) row.get("derivation"),
                        "/api/v1/sources/" + sourceId));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A json_agg array as a list; null (no rows aggregated) is the empty list. */
    private static <T> List<T> array(String jsonArray, Class<T[]> type) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            return List.of(STRINGS.readValue(jsonArray, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("json_agg gave no JSON array: " + e.getMessage(), e);
        }
    }
}
