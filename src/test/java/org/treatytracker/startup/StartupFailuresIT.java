package org.treatytracker.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.PackagedApp;
import org.treatytracker.support.PostgresTestResource;
import org.treatytracker.support.SeedCopy;

/**
 * Each start-up failure an operator can fix, on the packaged application: exit status 1 and one
 * line saying what failed, where and how to fix it, with no stack trace. Runs in failsafe, after
 * the package phase has built the application.
 */
class StartupFailuresIT {

    private static final String NO_CREATEDB_ROLE = "tracker_test_nocreatedb";

    private static PostgresTestResource database;
    private static Map<String, String> datasource;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        database = new PostgresTestResource();
        datasource = database.start();
        try (Connection admin = database.admin(); Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN CREATE ROLE " + NO_CREATEDB_ROLE + " LOGIN NOCREATEDB;"
                    + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void anUnreachableServerIsNamedWithTheWayToAnother() throws Exception {
        int closed = freePort();
        String line = failure(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closed + "/treaty_tracker"));
        assertTrue(line.contains("cannot connect to the database server at 127.0.0.1:" + closed), line);
        assertTrue(line.contains("QUARKUS_DATASOURCE_JDBC_URL"), line);
    }

    @Test
    void aRefusedLoginNamesTheCredentialsToCheck() throws Exception {
        Map<String, String> settings = new HashMap<>(datasource);
        settings.put("quarkus.datasource.username", "tracker_test_no_such_role");
        settings.remove("tracker.database.owner-username");
        settings.remove("tracker.database.owner-password");
        String line = failure(settings);
        assertTrue(line.contains("refused the login") && line.contains("tracker_test_no_such_role"), line);
        assertTrue(line.contains("QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), line);
    }

    @Test
    void aRoleWithoutCreatedbIsToldHowToCreateTheDatabase() throws Exception {
        String missing = "tracker_test_never_" + ProcessHandle.current().pid();
        String url = datasource.get("quarkus.datasource.jdbc.url").replaceFirst("/[^/]*$", "/" + missing);
        String line = failure(Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", NO_CREATEDB_ROLE));
        assertTrue(line.contains("database " + missing + " does not exist") && line.contains("may not create it"), line);
        assertTrue(line.contains("ALTER ROLE " + NO_CREATEDB_ROLE + " CREATEDB") && line.contains("createdb -h "), line);
    }

    @Test
    void aMissingDatabaseThatMayNotBeCreatedIsNamed() throws Exception {
        String missing = "tracker_test_never_" + ProcessHandle.current().pid();
        Map<String, String> settings = new HashMap<>(datasource);
        settings.put("quarkus.datasource.jdbc.url", datasource.get("quarkus.datasource.jdbc.url").replaceFirst("/[^/]*$", "/" + missing));
        settings.put("tracker.database.create-if-missing", "false");
        String line = failure(settings);
        assertTrue(line.contains("database " + missing + " does not exist"), line);
        assertTrue(line.contains("TRACKER_DATABASE_CREATE_IF_MISSING=true"), line);
    }

    @Test
    void aMissingSeedsFolderIsNamed() throws Exception {
        Path nowhere = dir.resolve("no-seeds-here");
        Map<String, String> settings = new HashMap<>(datasource);
        settings.put("tracker.seeds.dir", nowhere.toString());
        String line = failure(settings);
        assertTrue(line.contains("the seeds folder " + nowhere + " does not exist"), line);
        assertTrue(line.contains("TRACKER_SEEDS_DIR") && line.contains("TRACKER_SEEDS_LOAD=false"), line);
    }

    @Test
    void unloadableSeedsAreListedAboveTheLine() throws Exception {
        SeedCopy seeds = SeedCopy.of(dir.resolve("seeds"));
        Files.writeString(seeds.dir().resolve("reference/treaties.yaml"), "treaties: [unclosed\n");
        Map<String, String> settings = new HashMap<>(datasource);
        settings.put("tracker.seeds.dir", seeds.dir().toString());
        String line = failure(settings);
        assertTrue(line.contains("the seeds in " + seeds.dir() + " are not loadable"), line);
        assertTrue(new PackagedApp(settings, dir).output("start").contains("reference/treaties.yaml"), "the problem is listed");
    }

    @Test
    void theEmbeddedDatabasesPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            String line = failure(Map.of("tracker.embedded.port", String.valueOf(taken.getLocalPort()),
                    "tracker.embedded.dir", dir.resolve("postgres").toString()));
            assertTrue(line.contains("port " + taken.getLocalPort() + " on 127.0.0.1, where the embedded PostgreSQL would listen, is in use"), line);
            assertTrue(line.contains("TRACKER_EMBEDDED_PORT"), line);
        }
    }

    @Test
    void theHttpPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> settings = new HashMap<>(datasource);
            settings.put("quarkus.http.port", String.valueOf(taken.getLocalPort()));
            String line = failure(new PackagedApp(settings, dir).serving(), List.of());
            assertTrue(line.contains("HTTP port " + taken.getLocalPort()) && line.contains("QUARKUS_HTTP_PORT"), line);
        }
    }

    /** Runs load-seeds with {@code settings}; it must fail with status 1 and one start-up line, no stack trace. */
    private String failure(Map<String, String> settings) throws Exception {
        return failure(new PackagedApp(settings, dir), List.of("load-seeds"));
    }

    private String failure(PackagedApp app, List<String> args) throws Exception {
        int status = app.run("start", args, Duration.ofMinutes(2));
        String output = app.output("start");
        assertEquals(1, status, output);
        List<String> lines = output.lines().filter(l -> l.startsWith("Start-up failed: ")).toList();
        assertEquals(1, lines.size(), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace:\n" + output);
        return lines.get(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
