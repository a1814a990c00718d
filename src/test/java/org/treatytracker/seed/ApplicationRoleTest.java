package org.treatytracker.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;

/**
 * The test run is set up like production (PostgresTestResource): the schema belongs to an owner role
 * and the service's datasource logs in as an application role. Through that datasource, rows can be
 * read and written but the schema cannot change; the start-up still migrated and loaded the seeds.
 */
@QuarkusTest
class ApplicationRoleTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "tracker.database.owner-username")
    String owner;

    @ConfigProperty(name = "quarkus.datasource.username")
    String app;

    @Test
    void theServiceRunsAsTheApplicationRoleAndTheOwnerHoldsEveryTable() throws SQLException {
        assertNotEquals(owner, app);
        assertEquals(List.of(app), column("SELECT current_user"));
        assertEquals(List.of("f"), column("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        assertEquals(List.of(owner), column("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"));
        assertEquals(List.of(owner), column("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                + " WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND relkind = 'S'"));
    }

    @Test
    void theStartMigratedAsTheOwnerAndLoadedTheSeedsAsTheApplication() throws SQLException {
        MigrationInfoService migrations = flyway.info();
        assertNotNull(migrations.current(), "no migration applied");
        assertEquals(0, migrations.pending().length, "migrations left pending");
        assertEquals(List.of(owner), column("SELECT DISTINCT installed_by FROM flyway_schema_history"));
        assertTrue(Long.parseLong(column("SELECT count(*) FROM seed_loads").get(0)) > 0, "no seed load recorded");
        assertTrue(Long.parseLong(column("SELECT count(*) FROM facts WHERE seed_key IS NOT NULL").get(0)) > 0, "no seed facts");
    }

    @Test
    void theApplicationRoleCannotChangeTheSchema() throws SQLException {
        assertDenied("CREATE TABLE role_probe (id integer)");
        assertDenied("ALTER TABLE facts ADD COLUMN role_probe integer");
        assertDenied("CREATE INDEX role_probe_idx ON facts (created_at)");
        assertDenied("DROP TABLE import_changes");
        assertDenied("TRUNCATE import_changes");
        assertDenied("CREATE FUNCTION role_probe() RETURNS integer LANGUAGE sql AS 'SELECT 1'");
        assertDenied("CREATE SCHEMA role_probe");
        assertDenied("DELETE FROM flyway_schema_history");
    }

    @Test
    void theApplicationRoleReadsAndWritesRowsAndDrawsIds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                ResultSet inserted = statement.executeQuery("INSERT INTO seed_loads (fingerprint, facts, citations)"
                        + " VALUES (repeat('0', 64), 0, 0) RETURNING id");
                inserted.next();
                long id = inserted.getLong(1);
                assertEquals(1, statement.executeUpdate("UPDATE seed_loads SET facts = 1 WHERE id = " + id));
                ResultSet read = statement.executeQuery("SELECT facts FROM seed_loads WHERE id = " + id);
                read.next();
                assertEquals(1, read.getInt(1));
                assertEquals(1, statement.executeUpdate("DELETE FROM seed_loads WHERE id = " + id));
            } finally {
                connection.rollback();
            }
        }
    }

    /** Runs {@code sql} in a transaction that is rolled back, so that a wrongly allowed change does not last. */
    private void assertDenied(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
            } finally {
                connection.rollback();
            }
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
