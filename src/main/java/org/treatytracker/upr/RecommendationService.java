package org.treatytracker.upr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/**
 * Individual recommendations: filtered, searched in full text with each one's language, paged in
 * SQL for JSON and streamed whole (no row cap) for CSV.
 */
@ApplicationScoped
public class RecommendationService {

    private static final String COLUMNS = "SELECT r.id, rv.state_code, rv.cycle, rv.session, r.un_number, r.body,"
            + " r.language, r.response, r.response_raw,"
            // As JSON arrays: a theme may hold any character, so no separator is safe.
            + " (SELECT json_agg(party_code ORDER BY party_code)::text FROM upr_recommending_states WHERE recommendation_id = r.id),"
            + " (SELECT json_agg(theme ORDER BY theme)::text FROM upr_recommendation_themes WHERE recommendation_id = r.id),"
            + " r.source_id, r.locator, r.review_fact_id, r.quote, r.start_cp, r.end_cp, r.derivation, r.added_by,"
            + " r.version";
    private static final int COLUMN_COUNT = 20;

    private static final ObjectMapper STRINGS = new ObjectMapper();

    private final DataSource dataSource;

    public RecommendationService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ItemList<RecommendationView> page(UprStatsService.Filters filters, String q, Long review, PageRequest page) {
        RecommendationFilter where = RecommendationFilter.of(filters, q, review);
        long total = ((Number) where.bind(Panache.getEntityManager()
                .createNativeQuery("SELECT count(*)" + RecommendationFilter.FROM + where.sql()))
                .getSingleResult()).longValue();
        long offset = page.offsetWithin(total);
        List<Object[]> rows = where.bind(Panache.getEntityManager().createNativeQuery(
                COLUMNS + RecommendationFilter.FROM + where.sql() + " ORDER BY r.id LIMIT " + page.perPage() + " OFFSET " + offset))
                .getResultList();
        List<RecommendationView> items = rows.stream().map(RecommendationService::view).toList();
        // The page is all this envelope holds: the CSV of recommendations never comes from it, it streams.
        return new ItemList<>(items, Math.toIntExact(total), page.page(), page.perPage(), items);
    }

    /** One recommendation, imported or an editor's; empty when there is none with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<RecommendationView> one(long id) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery(COLUMNS + RecommendationFilter.FROM + " WHERE r.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(RecommendationService::view);
    }

    /** Every matching recommendation as CSV, read through a database cursor and written as it comes. */
    public StreamingOutput csv(UprStatsService.Filters filters, String q, Long review) {
        RecommendationFilter where = RecommendationFilter.of(filters, q, review);
        return output -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(COLUMNS + RecommendationFilter.FROM + where.sql() + " ORDER BY r.id")) {
                    statement.setFetchSize(1000);
                    for (int i = 0; i < where.parameters().size(); i++) {
                        statement.setObject(i + 1, where.parameters().get(i));
                    }
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    writer.write(Csv.line(RecommendationView.CSV_COLUMNS));
                    try (ResultSet rows = statement.executeQuery()) {
                        Object[] row = new Object[COLUMN_COUNT];
                        while (rows.next()) {
                            for (int c = 0; c < row.length; c++) {
                                row[c] = rows.getObject(c + 1);
                            }
                            writer.write(Csv.line(view(row).csvRow()));
                        }
                    }
                    writer.flush();
                } finally {
                    connection.rollback();
                }
            } catch (java.sql.SQLException e) {
                throw new java.io.IOException("reading recommendations failed", e);
            }
        };
    }

    private static RecommendationView view(Object[] row) {
        String sourceId = (String) row[11];
        return new RecommendationView(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                integer(row[3]), ((Number) row[13]).longValue(), (String) row[4], (String) row[5], (String) row[6],
                (String) row[7], (String) row[8], strings((String) row[9]), strings((String) row[10]),
                row[18] == null ? RecommendationView.DATASET : RecommendationView.EDITOR, ((Number) row[19]).intValue(),
                new RecommendationView.SourceRef(sourceId, (String) row[12], (String) row[14], integer(row[15]),
                        integer(row[16]), (String) row[17], "/api/v1/sources/" + sourceId));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<String> strings(String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            return List.of(STRINGS.readValue(jsonArray, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("json_agg gave no JSON array: " + e.getMessage(), e);
        }
    }
}
