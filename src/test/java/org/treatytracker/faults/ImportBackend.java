package org.treatytracker.faults;

import java.time.Duration;
import java.util.concurrent.Future;
import org.treatytracker.support.DbSnapshot;

/**
 * What the database sees of an import in progress, read from other sessions: the backend holding
 * the import's write lock on upr_recommendations, and the id sequence, which moves outside any
 * transaction and so shows how many rows the import's uncommitted transaction has inserted.
 */
final class ImportBackend {

    private static final String WRITER = """
            SELECT coalesce(max(l.pid), 0) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.datname = current_database() AND l.pid <> pg_backend_pid()
              AND l.relation = 'upr_recommendations'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted""";

    private ImportBackend() {
    }

    static long lastRecommendationId() {
        return DbSnapshot.count("SELECT last_value FROM upr_recommendations_id_seq");
    }

    /**
     * The pid of the backend writing recommendations, once ids up to {@code id} have been drawn;
     * fails if the import ends first or the wait exceeds {@code patience}.
     */
    static long awaitWriterPast(long id, Future<?> importing, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (importing.isDone()) {
                throw new AssertionError("the import ended before it had written past id " + id);
            }
            long pid = DbSnapshot.count(WRITER);
            if (pid != 0 && lastRecommendationId() >= id) {
                return pid;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend wrote past recommendation id " + id + " within " + patience);
    }

    /** pg_terminate_backend: the server's side of the importing process being killed. */
    static boolean terminate(long pid) {
        return DbSnapshot.count("SELECT CASE WHEN pg_terminate_backend(" + pid + ") THEN 1 ELSE 0 END") == 1;
    }

    /** Waits until the backend has exited, its transaction rolled back and its locks released. */
    static void awaitGone(long pid, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (DbSnapshot.count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("backend " + pid + " still there " + patience + " after it was terminated");
            }
            Thread.sleep(20);
        }
    }
}
