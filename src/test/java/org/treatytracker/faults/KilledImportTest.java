package org.treatytracker.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.cli.Commands;
import org.treatytracker.support.DbSnapshot;
import org.treatytracker.support.ImportedData;
import org.treatytracker.web.DatabaseUnavailable;

/**
 * A large import whose database connection is killed midway (its backend terminated, which is
 * what the server sees when the importing process dies): the import fails at once with a
 * connection error, and its one transaction leaves nothing behind.
 */
@QuarkusTest
@Tag("faults")
class KilledImportTest {

    private static final int ROWS = 100_000;
    /** Well into the file, and far enough from its end that the import is still writing. */
    private static final int WRITTEN_BEFORE_KILL = 20_000;

    @Inject
    Commands commands;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void anImportWhoseBackendIsTerminatedMidwayFailsAndLeavesTheDatabaseAsItWas() throws Exception {
        Path file = GeneratedRecommendations.write(dir.resolve("upr-generated.csv"), ROWS);
        DbSnapshot before = DbSnapshot.take();
        ImportBackend db = new ImportBackend(DbSnapshot::count);
        long firstId = db.lastRecommendationId();

        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> importing = thread.submit(() -> commands.execute(importCommand(file)));
            long backend = db.awaitWriterPast(firstId + WRITTEN_BEFORE_KILL, () -> !importing.isDone(), Duration.ofSeconds(60));
            long written = db.lastRecommendationId() - firstId;
            long killedAt = System.nanoTime();
            assertTrue(db.terminate(backend), "backend " + backend + " terminated");

            Throwable failure = failureOf(importing, Duration.ofSeconds(30));
            long failedAfter = (System.nanoTime() - killedAt) / 1_000_000;
            System.out.printf("Killed import: backend %d terminated after about %d of %d rows; the import failed %d ms later: %s%n",
                    backend, written, ROWS, failedAfter, sqlErrors(failure));
            assertTrue(DatabaseUnavailable.is(failure), () -> "the failure names the lost connection: " + failure);
            // Until the backend has exited, its transaction would be invisible to us whether or not it commits.
            db.awaitGone(backend, Duration.ofSeconds(10));
        } finally {
            thread.shutdownNow();
        }

        assertEquals(before, DbSnapshot.take(), "nothing of the killed import remains");
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/upr/stats?group_by=cycle").then().statusCode(200);
        }
    }

    private static Throwable failureOf(Future<Integer> importing, Duration patience) throws InterruptedException {
        try {
            int status = importing.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return fail("the import ended with status " + status + " although its connection was killed");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return fail("the import still runs " + patience.toSeconds() + " s after its connection was killed");
        }
    }

    /** The command line's import of the generated file: {@code import upr-recommendations FILE ...}. */
    private static String[] importCommand(Path file) {
        List<String> command = new ArrayList<>(List.of("import"));
        command.addAll(GeneratedRecommendations.importArgs(file));
        return command.toArray(String[]::new);
    }

    /** The SQL errors in a cause chain, state and first line: what an operator reads in the log. */
    private static String sqlErrors(Throwable error) {
        List<String> errors = new ArrayList<>();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Throwable sql = cause; sql instanceof SQLException e; sql = e.getNextException()) {
                errors.add(e.getSQLState() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        return String.join("; ", errors);
    }
}
