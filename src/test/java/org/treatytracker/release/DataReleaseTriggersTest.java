package org.treatytracker.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every table of the schema marks the data release when written, but those V10 leaves out on
 * purpose: a table added later without the trigger would let its writes go unseen.
 */
@QuarkusTest
class DataReleaseTriggersTest {

    /** V10's list of what does not count: the audit trail, load bookkeeping, the release itself, Flyway's history. */
    private static final List<String> LEFT_OUT = List.of("audit_log", "data_release", "data_release_pending",
            "dataset_loads", "flyway_schema_history", "seed_loads");

    @Inject
    DataSource dataSource;

    @Test
    void everyTableButTheBookkeepingMarksTheRelease() throws SQLException {
        List<String> unmarked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                       AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                                       WHERE t.tgrelid = c.oid AND p.proname = 'data_release_mark'
                                         AND t.tgtype & 1 = 0 AND t.tgtype & (4 | 8 | 16 | 32) = (4 | 8 | 16 | 32))
                     ORDER BY c.relname""")) {
            while (rows.next()) {
                unmarked.add(rows.getString(1));
            }
        }
        assertEquals(LEFT_OUT, unmarked);
    }
}
