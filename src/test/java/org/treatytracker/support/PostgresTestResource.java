package org.treatytracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real, throw-away PostgreSQL database for one test run: a fresh database on a reachable server
 * (TRACKER_TEST_PG_HOST/PORT/USER/PASSWORD, default 127.0.0.1:5432 as postgres), dropped at the
 * end; where no server is reachable but Docker is, a Testcontainers PostgreSQL.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String server;
    private String user;
    private String password;
    private String database;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        String host = env("TRACKER_TEST_PG_HOST").orElse("127.0.0.1");
        String port = env("TRACKER_TEST_PG_PORT").orElse("5432");
        server = "jdbc:postgresql://" + host + ":" + port + "/";
        user = env("TRACKER_TEST_PG_USER").orElse("postgres");
        password = env("TRACKER_TEST_PG_PASSWORD").orElse("");
        database = "tracker_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            return Map.of(
                    "quarkus.datasource.jdbc.url", server + database,
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        } catch (SQLException unreachable) {
            database = null;
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("Tests need a real PostgreSQL: none answers at " + server
                        + " (" + unreachable.getMessage() + ") and Docker is not available for Testcontainers. "
                        + "Start PostgreSQL or set TRACKER_TEST_PG_HOST/PORT/USER/PASSWORD.", unreachable);
            }
        }
        container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                "quarkus.datasource.username", container.getUsername(),
                "quarkus.datasource.password", container.getPassword());
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
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
