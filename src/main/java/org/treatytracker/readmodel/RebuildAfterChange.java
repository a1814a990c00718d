package org.treatytracker.readmodel;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.treatytracker.release.DataVersionWatch;

/**
 * After the data changes, the most recently used responses are asked for again, one at a time, by
 * this instance of itself over HTTP, so that they are held again before most readers come back. A
 * request made this way is an ordinary read: it goes through the same resources, checks and
 * filters, and is held the same way; a reader who comes first makes the response, and this one waits
 * for it. A newer change stops the round and starts the next.
 */
@ApplicationScoped
public class RebuildAfterChange {

    private static final Logger LOG = Logger.getLogger(RebuildAfterChange.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ResponseMemo memo;
    private final AtomicLong latest = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private volatile URI self;

    public RebuildAfterChange(ResponseMemo memo, DataVersionWatch watch) {
        this.memo = memo;
        watch.onChange(this::changed);
    }

    /** Where this instance was last reached: where it asks itself. */
    void servedAt(String host, int port) {
        if (self == null) {
            self = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        }
    }

    private void changed(long version) {
        latest.accumulateAndGet(version, Math::max);
        List<ResponseKey> recent = memo.moveTo(version);
        URI base = self;
        if (recent.isEmpty() || base == null) {
            return;
        }
        worker.execute(() -> {
            for (ResponseKey key : recent) {
                if (latest.get() != version || !ask(base, key)) {
                    return;
                }
            }
        });
    }

    private boolean ask(URI base, ResponseKey key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(key.target())).timeout(PATIENCE).GET();
        if (!key.accept().isEmpty()) {
            request.header("Accept", key.accept());
        }
        if (!key.acceptLanguage().isEmpty()) {
            request.header("Accept-Language", key.acceptLanguage());
        }
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (java.io.IOException e) {
            LOG.debugf("Rebuilding %s failed (%s); the next reader makes it.", key.target(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
