package org.treatytracker.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.treatytracker.support.PackagedApp;
import org.treatytracker.support.PostgresTestResource;

/**
 * The packaged application with no datasource URL: it runs the embedded PostgreSQL on the folder it
 * is given, stops it when done, and a second start finds the data; with a URL, no embedded server
 * starts. Runs in failsafe, after the package phase has built the application.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dir;

    @Test
    void theDataOutlivesTheServerWhichStopsWithTheApplication() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        Path data = dir.resolve("postgres");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PackagedApp app = new PackagedApp(Map.of("tracker.embedded.dir", data.toString(), "tracker.embedded.port", String.valueOf(port)), dir);

        assertEquals(0, app.run("first", List.of("load-seeds"), Duration.ofMinutes(3)), () -> output(app, "first"));
        String first = output(app, "first");
        assertTrue(first.contains("Embedded PostgreSQL on 127.0.0.1:" + port + ", data in " + data + " (initialised now)"), first);
        assertTrue(first.contains("Seeds loaded: "), first);
        assertTrue(first.contains("Embedded PostgreSQL stopped, data kept in " + data), first);
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "the server stopped with the application:\n" + first);

        assertEquals(0, app.run("second", List.of("load-seeds"), Duration.ofMinutes(3)), () -> output(app, "second"));
        String second = output(app, "second");
        assertTrue(second.contains("data in " + data + " (found again)"), second);
        assertTrue(second.contains("Seeds unchanged since the last load"), "the first start's data is there:\n" + second);
        assertFalse(Files.exists(data.resolve("postmaster.pid")), second);
    }

    @Test
    void aConfiguredDatabaseStartsNoEmbeddedServer() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        PostgresTestResource database = new PostgresTestResource();
        Map<String, String> datasource = database.start();
        try {
            Path data = dir.resolve("unused");
            Map<String, String> settings = new HashMap<>(datasource);
            settings.put("tracker.embedded.dir", data.toString());
            PackagedApp app = new PackagedApp(settings, dir);
            assertEquals(0, app.run("configured", List.of("load-seeds"), Duration.ofMinutes(3)), () -> output(app, "configured"));
            String output = output(app, "configured");
            assertTrue(output.contains("Seeds loaded: "), output);
            assertFalse(output.contains("Embedded PostgreSQL"), output);
            assertFalse(Files.exists(data), "no embedded data folder is made");
        } finally {
            database.stop();
        }
    }

    @Test
    void aServerLeftRunningByAKilledServiceIsAdoptedAndStoppedByTheNextOne() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        Path data = dir.resolve("postgres");
        int port = freePort();
        int http = freePort();
        PackagedApp app = new PackagedApp(Map.of("tracker.embedded.dir", data.toString(), "tracker.embedded.port", String.valueOf(port),
                "tracker.datasets.load", "false", "quarkus.http.port", String.valueOf(http)), dir);
        Process killed = app.serving().start("killed", List.of());
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!ready(client, http)) {
            assertTrue(killed.isAlive() && System.nanoTime() < deadline, () -> "not ready:\n" + output(app, "killed"));
            Thread.sleep(200);
        }
        killed.destroyForcibly().waitFor();
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), "SIGKILL leaves the server running");

        assertEquals(0, app.run("adopter", List.of("load-seeds"), Duration.ofMinutes(3)), () -> output(app, "adopter"));
        String adopter = output(app, "adopter");
        assertTrue(adopter.contains("(pid " + postmaster + ", data in " + data + ") by a process of the service that ended without stopping it: adopted"), adopter);
        assertTrue(adopter.contains("Embedded PostgreSQL stopped, data kept in " + data), adopter);
        assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), "the adopted server was stopped");
        assertFalse(Files.exists(data.resolve("postmaster.pid")), adopter);
    }

    private static boolean ready(HttpClient client, int port) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
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
