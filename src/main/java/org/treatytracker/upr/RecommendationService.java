package org.treatytracker.upr;

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
import java.util.Arrays;
import java.util.List;
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
            + " (SELECT string_agg(party_code, '|' ORDER BY party_code) FROM upr_recommending_states WHERE recommendation_id = r.id),"
            + " (SELECT string_agg(theme, '|' ORDER BY theme) FROM upr_recommendation_themes WHERE recommendation_id = r.id),"
            + " r.source_id, r.locator";

    private final DataSource dataSource;

    public RecommendationService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ItemList<RecommendationView> page(UprStatsService.Filters filters, String q, PageRequest page) {
        RecommendationFilter where = RecommendationFilter.of(filters, q);
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

    /** Every matching recommendation as CSV, read through a database cursor and written as it comes. */
    public StreamingOutput csv(UprStatsService.Filters filters, String q) {
        RecommendationFilter where = RecommendationFilter.of(filters, q);
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
                        Object[] row = new Object[13];
                        while (rows.next()) {
                            for (int c = 0; c < row.length; c++) {
                                row[c] = rows.getObject(c + 1);
                            }
                            RecommendationView view = view(row);
                            writer.write(Csv.line(Arrays.asList(view.id(), view.state(), view.cycle(), view.session(),
                                    view.unNumber(), view.text(), view.language(), view.response(), view.responseRaw(),
                                    String.join(" | ", view.recommendingStates()), String.join(" | ", view.themes()),
                                    view.source().sourceId(), view.source().locator(), view.source().href())));
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
                row[3] == null ? null : ((Number) row[3]).intValue(), (String) row[4], (String) row[5], (String) row[6],
                (String) row[7], (String) row[8], split((String) row[9]), split((String) row[10]),
                new RecommendationView.SourceRef(sourceId, (String) row[12], "/api/v1/sources/" + sourceId));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\\|"));
    }
}
