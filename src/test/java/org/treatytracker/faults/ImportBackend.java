package org.treatytracker.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What the database sees of an import in progress, read from another session: the backend holding
 * the import's write lock on upr_recommendations, and the id sequence, which moves outside any
 * transaction and so shows how many rows the import's uncommitted transaction has inserted.
 */
final class ImportBackend {

    /** A query answering one number, run in a session other than the import's. */
    interface Numbers {
        long of(String sql);
    }

    private static final String WRITER = """
            SELECT coalesce(max(l.pid), 0) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.datname = current_database() AND l.pid <> pg_backend_pid()
              AND l.relation = 'upr_recommendations'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted""";

    private final Numbers db;

    ImportBackend(Numbers db) {
        this.db = db;
    }

    long lastRecommendationId() {
        return db.of("SELECT last_value FROM upr_recommendations_id_seq");
    }

    /**
     * The pid of the backend writing recommendations, once ids up to {@code id} have been drawn;
     * fails if the import ends first or the wait exceeds {@code patience}.
     */
    long awaitWriterPast(long id, BooleanSupplier importRunning, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!importRunning.getAsBoolean()) {
                throw new AssertionError("the import ended before it had written past id " + id);
            }
            long pid = db.of(WRITER);
            if (pid != 0 && lastRecommendationId() >= id) {
                return pid;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend wrote past recommendation id " + id + " within " + patience);
    }

    /** pg_terminate_backend: the server's side of the importing process being killed. */
    boolean terminate(long pid) {
        return db.of("SELECT CASE WHEN pg_terminate_backend(" + pid + ") THEN 1 ELSE 0 END") == 1;
    }

    /** Waits until the backend has exited, its transaction rolled back and its locks released. */
    void awaitGone(long pid, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (db.of("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("backend " + pid + " still there " + patience + " after its import was killed");
            }
            Thread.sleep(20);
        }
    }
}
