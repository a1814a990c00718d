package org.treatytracker.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.PackagedApp;
import org.treatytracker.support.PostgresTestResource;

/**
 * SIGTERM under a loop of requests, on the packaged service: readiness answers DOWN first while the
 * API still answers during the shutdown delay, a request in flight when the service stops taking new
 * ones still gets its whole answer, no request gets a 5xx other than the 503 of a refused new one,
 * and the process ends within the delay and the timeout.
 */
class GracefulShutdownIT {

    private static final Duration DELAY = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Answer(long at, String path, int status, String error) {
    }

    @Test
    void readinessGoesDownFirstAndRequestsInFlightFinish() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        PostgresTestResource database = new PostgresTestResource();
        Map<String, String> settings = new HashMap<>(database.start());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        settings.put("quarkus.http.port", String.valueOf(port));
        settings.put("tracker.datasets.load", "false");
        settings.put("quarkus.shutdown.delay", DELAY.toSeconds() + "S");
        settings.put("quarkus.shutdown.timeout", TIMEOUT.toSeconds() + "S");
        PackagedApp app = new PackagedApp(settings, dir).serving();
        Process service = app.start("service", List.of());
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilReady(base, service, app);

            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean looping = new AtomicBoolean(true);
            Thread loop = new Thread(() -> {
                while (looping.get()) {
                    answers.add(get(base, "/api/v1/treaties"));
                    answers.add(get(base, "/q/health/ready"));
                }
            });
            loop.start();
            Thread.sleep(500);

            try (Socket inFlight = new Socket("127.0.0.1", port)) {
                inFlight.setSoTimeout((int) (DELAY.plus(TIMEOUT).toMillis()));
                String body = "{\"kind\":\"treaty_action\"}";
                OutputStream out = inFlight.getOutputStream();
                out.write(("POST /api/v1/claims HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body.substring(0, 5)).getBytes(StandardCharsets.UTF_8));
                out.flush();

                long signalled = System.nanoTime();
                service.destroy();
                Thread.sleep(DELAY.toMillis() + 1000);
                out.write(body.substring(5).getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = readAll(inFlight.getInputStream());
                // The service answers it as any other (it has no editor key here: a 503 naming the key), not
                // with the bodiless 503 of a request refused for the shutdown.
                assertTrue(answer.contains("\"instance\":\"/api/v1/claims\"") && answer.contains("public key"),
                        "the request in flight got the application's answer: " + answer);

                assertTrue(service.waitFor(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS), "the service ended");
                long ended = System.nanoTime();
                looping.set(false);
                loop.join();
                assertTrue(Duration.ofNanos(ended - signalled).compareTo(DELAY.plus(TIMEOUT)) < 0,
                        "stopped within delay and timeout: " + Duration.ofNanos(ended - signalled));

                List<Answer> after;
                synchronized (answers) {
                    after = answers.stream().filter(a -> a.at() > signalled).toList();
                }
                long readinessDown = after.stream().filter(a -> a.path().equals("/q/health/ready") && a.status() == 503)
                        .mapToLong(Answer::at).min().orElseThrow(() -> new AssertionError("readiness never went DOWN: " + after));
                assertTrue(Duration.ofNanos(readinessDown - signalled).toMillis() < 1000,
                        "readiness went DOWN within a second of SIGTERM");
                assertTrue(after.stream().anyMatch(a -> a.path().equals("/api/v1/treaties") && a.status() == 200
                        && a.at() > readinessDown), "the API still answered after readiness went DOWN: " + after);
                for (Answer a : after) {
                    assertTrue(a.status() == 200 || a.status() == 503 || a.error() != null,
                            "every answer while stopping is 200, a 503 or a refused connection: " + a);
                    assertTrue(a.error() == null || a.error().startsWith(ConnectException.class.getSimpleName())
                                    || a.at() > readinessDown,
                            "no connection failed before readiness went DOWN: " + a);
                }
            }
        } finally {
            service.destroyForcibly();
            database.stop();
        }
        String log = app.output("service");
        assertTrue(log.contains("stopped in"), log);
        assertEquals(-1, log.indexOf("ERROR"), log);
    }

    private Answer get(String base, String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(System.nanoTime(), path, response.statusCode(), null);
        } catch (IOException e) {
            return new Answer(System.nanoTime(), path, -1, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(System.nanoTime(), path, -1, "interrupted");
        }
    }

    private void waitUntilReady(String base, Process service, PackagedApp app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(service.isAlive(), () -> "the service ended before it was ready:\n" + output(app));
            if (get(base, "/q/health/ready").status() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready after 2 minutes:\n" + output(app));
    }

    private static String output(PackagedApp app) {
        try {
            return app.output("service");
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (IOException closed) {
            // what arrived before the close is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
