package org.treatytracker.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.Editors;
import org.treatytracker.support.PackagedApp;
import org.treatytracker.support.PostgresTestResource;
import org.treatytracker.support.TestKeys;

/**
 * Two instances of the packaged service on one database, as behind a load balancer: an editor's write
 * through one is read through the other within a second, though the other held the answer from
 * before, and both give the same ETag and Data-Version for the same data.
 */
class TwoInstancesIT {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aWriteThroughOneInstanceIsReadThroughTheOtherWithinASecond() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        PostgresTestResource database = new PostgresTestResource();
        Map<String, String> settings = new HashMap<>(database.start());
        settings.putAll(new TestKeys().start());
        settings.put("tracker.datasets.load", "false");
        Process a = null;
        Process b = null;
        try {
            Instance appA = instance(settings);
            String baseA = "http://127.0.0.1:" + appA.port();
            a = appA.app().start("a", List.of());
            waitUntilReady(baseA, a, appA.app(), "a");
            Instance appB = instance(settings);
            String baseB = "http://127.0.0.1:" + appB.port();
            b = appB.app().start("b", List.of());
            waitUntilReady(baseB, b, appB.app(), "b");

            HttpResponse<String> heldOnB = get(baseB, "/api/v1/sources");
            assertEquals(heldOnB.headers().firstValue("ETag"), get(baseB, "/api/v1/sources").headers().firstValue("ETag"));
            assertEquals(heldOnB.headers().firstValue("ETag"), get(baseA, "/api/v1/sources").headers().firstValue("ETag"),
                    "the same data, the same tag, whichever instance answers");

            String marker = "two-instances-" + System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseA + "/api/v1/sources"))
                    .header("Authorization", "Bearer " + Editors.editor("two-instances"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + marker + "\",\"language\":\"en\",\"text\":\"Text of " + marker + ".\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), () -> created.body() + "\n" + output(appA.app(), "a"));
            long written = System.nanoTime();

            HttpResponse<String> onB = get(baseB, "/api/v1/sources");
            while (!onB.body().contains(marker) && System.nanoTime() - written < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(10);
                onB = get(baseB, "/api/v1/sources");
            }
            long millis = (System.nanoTime() - written) / 1_000_000;
            assertTrue(onB.body().contains(marker), "instance b never read the write made through a");
            assertTrue(millis < 1000, "b followed a's write in " + millis + " ms");

            HttpResponse<String> onA = get(baseA, "/api/v1/sources");
            assertEquals(onA.headers().firstValue("Data-Version"), onB.headers().firstValue("Data-Version"));
            assertEquals(onA.headers().firstValue("ETag"), onB.headers().firstValue("ETag"));
            assertTrue(!onB.headers().firstValue("ETag").equals(heldOnB.headers().firstValue("ETag")));
        } finally {
            for (Process service : new Process[] {a, b}) {
                if (service != null) {
                    service.destroy();
                    service.waitFor();
                }
            }
            database.stop();
        }
    }

    private record Instance(PackagedApp app, int port) {
    }

    private Instance instance(Map<String, String> common) throws IOException {
        Map<String, String> settings = new HashMap<>(common);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        settings.put("quarkus.http.port", String.valueOf(port));
        settings.put("quarkus.shutdown.delay", "0S");
        return new Instance(new PackagedApp(settings, dir).serving(), port);
    }

    private HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitUntilReady(String base, Process service, PackagedApp app, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(service.isAlive(), () -> "instance " + name + " ended before it was ready:\n" + output(app, name));
            try {
                if (get(base, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance " + name + " not ready after 2 minutes:\n" + output(app, name));
    }

    private static String output(PackagedApp app, String name) {
        try {
            return app.output(name);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
