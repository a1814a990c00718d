package org.treatytracker.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.PackagedApp;
import org.treatytracker.support.PostgresTestResource;

/**
 * The import command of the packaged application, killed with SIGKILL midway through a large
 * import: no code of ours runs to clean up, the server finds the connection dead and rolls the
 * import's transaction back. Runs in failsafe, after the package phase has built the application.
 */
@Tag("faults")
class KilledImportProcessIT {

    private static final int ROWS = 100_000;
    private static final int WRITTEN_BEFORE_KILL = 20_000;
    private static final int SIGKILLED = 128 + 9;

    @TempDir
    Path dir;

    private PostgresTestResource database;
    private Map<String, String> datasource;

    @BeforeEach
    void database() {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        database = new PostgresTestResource();
        datasource = database.start();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void anImportProcessKilledMidwayLeavesTheDatabaseAsItWas() throws Exception {
        Path file = GeneratedRecommendations.write(dir.resolve("upr-generated.csv"), ROWS);
        PackagedApp app = new PackagedApp(datasource, dir);
        assertEquals(0, app.run("load-seeds", List.of("load-seeds"), Duration.ofMinutes(3)), () -> output(app, "load-seeds"));

        try (Connection db = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"))) {
            DbSnapshot before = DbSnapshot.take(db);
            ImportBackend server = new ImportBackend(sql -> number(db, sql));
            long firstId = server.lastRecommendationId();

            List<String> command = new ArrayList<>(List.of("import"));
            command.addAll(GeneratedRecommendations.importArgs(file));
            Process importing = app.start("import", command);
            long backend = server.awaitWriterPast(firstId + WRITTEN_BEFORE_KILL, importing::isAlive, Duration.ofMinutes(3));
            long written = server.lastRecommendationId() - firstId;
            long killedAt = System.nanoTime();
            importing.destroyForcibly();
            assertTrue(importing.waitFor(30, TimeUnit.SECONDS), "the killed JVM exits");
            assertEquals(SIGKILLED, importing.exitValue(), "killed by SIGKILL, no shutdown hook ran");
            server.awaitGone(backend, Duration.ofSeconds(30));
            System.out.printf("Killed import process: SIGKILL after about %d of %d rows; its backend %d gone %d ms after the kill%n",
                    written, ROWS, backend, (System.nanoTime() - killedAt) / 1_000_000);

            assertEquals(before, DbSnapshot.take(db), "nothing of the killed import remains");
        }
    }

    private static long number(Connection db, String sql) {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String output(PackagedApp app, String name) {
        try {
            return app.output(name);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
