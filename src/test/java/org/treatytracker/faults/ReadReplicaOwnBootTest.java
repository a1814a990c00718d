package org.treatytracker.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RatificationImporter;

/**
 * A primary and a real streaming replica (pg_basebackup): public reads are made on the replica,
 * writes and reads with credentials on the primary; a replica whose replay is paused serves the
 * release it has for at most the lag bound, then reads go to the primary until it catches up; a
 * stopped replica sends every read to the primary, and reads come back to it once it is started.
 */
@QuarkusTest
@TestProfile(PrimaryAndReplicaProfile.class)
@ExtendWith(ClusterToolsAvailable.class)
@Tag("faults")
class ReadReplicaOwnBootTest {

    private static final String READ = "/api/v1/states/VNM/ratifications";
    private static final Path ACTIONS = Path.of("docs/mappings/ratification-actions.yaml");
    private static final Duration MAX_LAG = Duration.parse("PT" + PrimaryAndReplicaProfile.MAX_LAG);
    /** The replica is polled every 100 ms; a loaded 2-core machine may take longer. */
    private static final Duration FOLLOW = Duration.ofSeconds(3);

    @ConfigProperty(name = PrimaryAndReplicaResource.PRIMARY)
    String primaryId;

    @ConfigProperty(name = PrimaryAndReplicaResource.REPLICA)
    String replicaId;

    private final RatificationImporter ratifications;

    ReadReplicaOwnBootTest(RatificationImporter ratifications) {
        this.ratifications = ratifications;
    }

    @Test
    void publicReadsUseTheReplicaWhileItKeepsUpAndThePrimaryOtherwise() throws Exception {
        DebianCluster replica = DebianCluster.of(replicaId);
        waitFor(() -> metric("tracker_replica_available") == 1.0, "the replica followed");

        double onReplica = reads("replica");
        double onPrimary = reads("primary");
        assertEquals(200, publicRead().statusCode());
        assertEquals(onReplica + 1, reads("replica"), "a public read is made on the replica");
        assertEquals(onPrimary, reads("primary"));
        given().header("Authorization", "Bearer not-a-token").get(READ).then().statusCode(200);
        assertEquals(onReplica + 1, reads("replica"), "a read with credentials is not a public read: it stays on the primary");

        long before = version(publicRead());
        long written = write("2015-02-05");
        assertTrue(written > before, "the write, made on the primary, moved the release on");
        waitFor(() -> version(publicRead()) == written, "the replica replayed the write and public reads show it");
        assertEquals(0.0, metric("tracker_replica_releases_behind"));

        replica.sql("SELECT pg_wal_replay_pause()");
        long paused = written;
        // the service learns of the commit (NOTIFY) before this test has the write's answer: the bound
        // runs from a moment between the two
        long beforeWrite = System.nanoTime();
        long newer = write("2015-02-06");
        long afterWrite = System.nanoTime();
        waitFor(() -> metric("tracker_replica_releases_behind") == 1.0, "the lag is visible");
        Response stale = publicRead();
        if (System.nanoTime() - afterWrite < MAX_LAG.toNanos() - Duration.ofMillis(500).toNanos()) {
            assertEquals(paused, version(stale), "within the bound, the replica answers with the release it has, labelled as such");
        }
        assertEquals(newer, version(given().header("Authorization", "Bearer not-a-token").get(READ)),
                "a read with credentials is made on the primary: it sees the write at once");
        waitFor(() -> version(publicRead()) == newer, "past the bound, public reads go to the primary");
        assertTrue(System.nanoTime() - beforeWrite >= MAX_LAG.toNanos(), "not before the bound");
        assertTrue(metric("tracker_replica_lag_seconds") >= MAX_LAG.toSeconds());

        replica.sql("SELECT pg_wal_replay_resume()");
        waitFor(() -> metric("tracker_replica_releases_behind") == 0.0, "the replica caught up");
        double replicaReads = reads("replica");
        assertEquals(newer, version(publicRead()));
        assertEquals(replicaReads + 1, reads("replica"), "once caught up, public reads are made on the replica again");

        replica.stopFast();
        waitFor(() -> metric("tracker_replica_available") == 0.0, "the stopped replica is noticed");
        double primaryReads = reads("primary");
        Response failedOver = given().header("Cache-Control", "no-cache").get(READ);
        assertEquals(200, failedOver.statusCode(), "with the replica down, reads are made on the primary");
        assertEquals(newer, version(failedOver));
        assertEquals(primaryReads + 1, reads("primary"));

        replica.start();
        waitFor(() -> metric("tracker_replica_available") == 1.0, "the restarted replica is followed again");
        double back = reads("replica");
        assertEquals(200, publicRead().statusCode());
        assertEquals(back + 1, reads("replica"));
    }

    /** A read made from the database (not from the read model), so that each one chooses its database. */
    private static Response publicRead() {
        Response response = given().header("Cache-Control", "no-cache").get(READ);
        assertEquals(200, response.statusCode());
        return response;
    }

    private static long version(Response response) {
        return Long.parseLong(response.header("Data-Version"));
    }

    private long write(String date) throws IOException {
        Path file = Files.writeString(Files.createTempFile("replica-actions", ".csv"),
                "Participant,Treaty,Action,Date\nViet Nam,CAT,ratification," + date + "\n", StandardCharsets.UTF_8);
        try {
            ImportResult result = ratifications.run(new ImportRequest("ratifications", file, Mapping.read(ACTIONS),
                    StandardCharsets.UTF_8, "replica-test"));
            assertEquals("imported", result.status(), () -> result.problems().toString());
        } finally {
            Files.delete(file);
        }
        return version(given().header("Authorization", "Bearer not-a-token").get(READ));
    }

    /** Public reads made on {@code database} so far (the counters appear with the first). */
    private static double reads(String database) {
        double count = metric("tracker_public_reads_total\\{database=\"" + database + "\"\\}");
        return Double.isNaN(count) ? 0 : count;
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + FOLLOW.toNanos() + MAX_LAG.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(50);
        }
    }
}
