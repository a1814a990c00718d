package org.treatytracker.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatytracker.faults.Traffic.Exchange;

/**
 * The service's PostgreSQL is restarted (fast shutdown, 5 s down, start) while clients read from
 * it: answers are 200 or a 503 to retry, never a 500 or a hang; readiness follows the database;
 * once the database is back everything answers again, without restarting the service.
 */
@QuarkusTest
@TestProfile(OwnClusterProfile.class)
@ExtendWith(ClusterToolsAvailable.class)
@Tag("faults")
class DatabaseRestartUnderLoadOwnBootTest {

    /** A cheap read of the catalog, and two that put the database to work on every call. */
    private static final String CATALOG = "/api/v1/treaties";
    private static final List<String> DATABASE_READS = List.of(
            "/api/v1/states/VNM/ratifications",
            "/api/v1/upr/stats?group_by=cycle");
    private static final String READY = "/q/health/ready";
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration AFTER = Duration.ofSeconds(8);
    /** After the server accepts connections again, how long the service may still answer 503. */
    private static final Duration RECOVERY = Duration.ofSeconds(3);
    /** Beyond the pool's wait for a connection: the query, the answer, a loaded 2-core machine. */
    private static final Duration LATENCY_MARGIN = Duration.ofSeconds(2);

    @TestHTTPResource("/")
    URI root;

    @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout")
    Duration acquisitionTimeout;

    @ConfigProperty(name = OwnClusterResource.CLUSTER)
    String clusterId;

    @Test
    void readsAnswer200Or503WhileTheDatabaseRestartsAndAllSucceedAfterIt() throws InterruptedException {
        DebianCluster cluster = DebianCluster.of(clusterId);
        Traffic reads = new Traffic(root).loop(CATALOG, 2, Duration.ofMillis(10));
        DATABASE_READS.forEach(path -> reads.loop(path, 2, Duration.ofMillis(10)));
        Traffic readiness = new Traffic(root).loop(READY, 1, Duration.ofMillis(100));

        long origin = System.nanoTime();
        long stopBegan;
        long stopped;
        long startBegan;
        long started;
        List<Exchange> answers;
        List<Exchange> probes;
        reads.start();
        readiness.start();
        try {
            Thread.sleep(WARM_UP.toMillis());
            stopBegan = System.nanoTime();
            cluster.stopFast();
            stopped = System.nanoTime();
            Thread.sleep(DOWN.toMillis());
            startBegan = System.nanoTime();
            cluster.start();
            started = System.nanoTime();
            Thread.sleep(AFTER.toMillis());
        } finally {
            answers = reads.stop();
            probes = readiness.stop();
        }

        Timeline timeline = new Timeline(origin, stopBegan, stopped, startBegan, started, started + RECOVERY.toNanos());
        System.out.println(timeline.report(answers, probes));

        Predicate<Exchange> whileDown = e -> e.sentAt() >= stopped && e.answeredAt() <= startBegan;
        Predicate<Exchange> afterRecovery = e -> e.sentAt() >= timeline.recovered();

        assertEquals(List.of(), timeline.describe(answers.stream()
                        .filter(e -> e.status() != 200 && !isRetryableProblem(e)).limit(5).toList()),
                "every read answers 200, or 503 problem+json with Retry-After");
        Duration bound = acquisitionTimeout.plus(LATENCY_MARGIN);
        assertEquals(List.of(), timeline.describe(answers.stream()
                        .filter(e -> e.millis() > bound.toMillis()).limit(5).toList()),
                "no read waits longer than the pool's acquisition timeout plus " + LATENCY_MARGIN.toSeconds() + " s");
        assertEquals(List.of(), timeline.describe(answers.stream()
                        .filter(e -> e.status() == 503 && !timeline.overlapsOutage(e)).limit(5).toList()),
                "503 only while the database is down or recovering");
        for (String path : DATABASE_READS) {
            assertTrue(answers.stream().anyMatch(e -> e.path().equals(path) && e.status() == 503 && whileDown.test(e)),
                    path + " answered 503 while the database was down: the outage reached the service");
        }
        for (String path : Stream.concat(Stream.of(CATALOG), DATABASE_READS.stream()).toList()) {
            List<Exchange> after = answers.stream().filter(e -> e.path().equals(path) && afterRecovery.test(e)).toList();
            assertTrue(after.size() >= 5, path + ": enough reads after the recovery to judge it, " + after.size());
            assertEquals(List.of(), timeline.describe(after.stream().filter(e -> e.status() != 200).limit(5).toList()),
                    path + " answers 200 again " + RECOVERY.toSeconds() + " s after the database is back");
        }

        assertEquals(List.of(), timeline.describe(probes.stream()
                        .filter(e -> e.status() != 200 && e.status() != 503).limit(5).toList()),
                "readiness answers 200 (UP) or 503 (DOWN)");
        assertEquals(List.of(), timeline.describe(probes.stream()
                        .filter(e -> e.status() == 503 && !timeline.overlapsOutage(e)).limit(5).toList()),
                "readiness is DOWN only around the outage");
        assertTrue(probes.stream().anyMatch(e -> e.status() == 503 && whileDown.test(e)),
                "readiness reported DOWN while the database was down");
        assertTrue(probes.stream().anyMatch(afterRecovery), "readiness was probed after the recovery");
        assertEquals(List.of(), timeline.describe(probes.stream()
                        .filter(e -> afterRecovery.test(e) && e.status() != 200).limit(5).toList()),
                "readiness is UP again after the recovery");
        assertEquals(List.of(), timeline.describe(probes.stream()
                        .filter(e -> e.millis() > bound.toMillis() * 2).limit(5).toList()),
                "readiness runs two checks (datasource, seeds), each waiting at most the acquisition timeout");
    }

    private static boolean isRetryableProblem(Exchange e) {
        return e.status() == 503
                && e.contentType() != null && e.contentType().startsWith("application/problem+json")
                && e.retryAfter() != null;
    }

    /** The moments of the restart, in System.nanoTime(), and how the exchanges fell around them. */
    private record Timeline(long origin, long stopBegan, long stopped, long startBegan, long started, long recovered) {

        boolean overlapsOutage(Exchange e) {
            return e.answeredAt() >= stopBegan && e.sentAt() < recovered;
        }

        List<String> describe(List<Exchange> exchanges) {
            return exchanges.stream().map(e -> String.format("%s sent at %d ms, %d ms: %d %s%s", e.path(),
                    ms(e.sentAt()), e.millis(), e.status(), e.contentType(),
                    e.error() == null ? "" : " " + e.error())).toList();
        }

        String report(List<Exchange> answers, List<Exchange> probes) {
            StringBuilder out = new StringBuilder(String.format(
                    "Database restart under load: stop at %d ms (down at %d ms), start at %d ms (up at %d ms)%n",
                    ms(stopBegan), ms(stopped), ms(startBegan), ms(started)));
            answers.stream().collect(Collectors.groupingBy(Exchange::path)).forEach((path, list) ->
                    out.append(line(path, list)));
            out.append(line(READY, probes));
            answers.stream().filter(e -> e.status() != 200).mapToLong(Exchange::answeredAt).max().ifPresent(last ->
                    out.append(String.format("  last read not answered 200: at %d ms%n", ms(last))));
            return out.toString();
        }

        private static String line(String path, List<Exchange> list) {
            return String.format("  %-36s %5d requests, %5d x 200, %4d x 503, %d other, max %d ms%n", path, list.size(),
                    list.stream().filter(e -> e.status() == 200).count(),
                    list.stream().filter(e -> e.status() == 503).count(),
                    list.stream().filter(e -> e.status() != 200 && e.status() != 503).count(),
                    list.stream().mapToLong(Exchange::millis).max().orElse(0));
        }

        private long ms(long nanos) {
            return (nanos - origin) / 1_000_000;
        }
    }
}
