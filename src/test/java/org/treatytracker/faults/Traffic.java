package org.treatytracker.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Client threads that send GET requests in a loop until stopped, recording every exchange. */
final class Traffic {

    /** One request and its answer; times are System.nanoTime(); status -1 when no answer came. */
    record Exchange(String path, long sentAt, long answeredAt, int status, String contentType, String retryAfter,
                    String error) {

        long millis() {
            return (answeredAt - sentAt) / 1_000_000;
        }
    }

    private static final Duration NO_ANSWER = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI root;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    Traffic(URI root) {
        this.root = root;
    }

    /** Adds {@code clients} threads each requesting {@code path} over and over, {@code pause} apart. */
    Traffic loop(String path, int clients, Duration pause) {
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (running) {
                    exchanges.add(send(path));
                    sleep(pause);
                }
            }, "traffic " + path + " #" + i);
            client.setDaemon(true);
            threads.add(client);
        }
        return this;
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /** Stops the clients, waiting for their requests in flight, and returns every exchange. */
    List<Exchange> stop() throws InterruptedException {
        running = false;
        for (Thread client : threads) {
            client.join(NO_ANSWER.toMillis() * 2);
        }
        return List.copyOf(exchanges);
    }

    private Exchange send(String path) {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).timeout(NO_ANSWER).GET().build();
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(path, sent, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), null);
        } catch (IOException e) {
            return new Exchange(path, sent, System.nanoTime(), -1, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(path, sent, System.nanoTime(), -1, null, null, "interrupted");
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
