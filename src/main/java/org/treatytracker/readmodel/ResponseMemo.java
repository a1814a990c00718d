package org.treatytracker.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.treatytracker.TrackerConfig;

/**
 * The responses held for the current data release, least recently used first out, bounded in bytes.
 * Every response held belongs to one release: when the release moves on, all are dropped at once, so
 * no answer from before a change is given after this instance knows of it. A response being made is
 * made once: concurrent requests for it wait for the first (a matrix of 900 KB built sixteen times
 * at once is what ran a 128 MB heap out of memory).
 */
@ApplicationScoped
public class ResponseMemo {

    /** How long a request waits for the same response being made by another before making its own. */
    static final Duration WAIT_FOR_MAKER = Duration.ofSeconds(30);

    private final long maxBytes;
    private final long maxEntryBytes;
    private final int rebuild;
    private final LinkedHashMap<ResponseKey, HeldResponse> held = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<ResponseKey, CompletableFuture<HeldResponse>> making = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private long heldBytes;
    private long version;

    @Inject
    public ResponseMemo(TrackerConfig config, MeterRegistry metrics) {
        this(config.readModel().maxBytes(), config.readModel().maxEntryBytes(), config.readModel().rebuild(), metrics);
    }

    ResponseMemo(long maxBytes, long maxEntryBytes, int rebuild, MeterRegistry metrics) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.rebuild = rebuild;
        this.hits = metrics.counter("tracker.read.model.requests", "outcome", "hit");
        this.misses = metrics.counter("tracker.read.model.requests", "outcome", "miss");
        metrics.gauge("tracker.read.model.bytes", this, ResponseMemo::heldBytes);
        metrics.gauge("tracker.read.model.responses", this, ResponseMemo::heldCount);
    }

    /** The response held for {@code key} at {@code release}, or null. */
    synchronized HeldResponse get(ResponseKey key, long release) {
        HeldResponse response = release == version ? held.get(key) : null;
        (response == null ? misses : hits).increment();
        return response;
    }

    /** Holds a response read at the release this memo holds; one read at another release is dropped. */
    synchronized void put(HeldResponse response) {
        if (response.version() != version || response.body().length > maxEntryBytes) {
            return;
        }
        HeldResponse before = held.put(response.key(), response);
        heldBytes += response.size() - (before == null ? 0 : before.size());
        Iterator<HeldResponse> oldest = held.values().iterator();
        while (heldBytes > maxBytes && oldest.hasNext()) {
            heldBytes -= oldest.next().size();
            oldest.remove();
        }
    }

    /**
     * The data moved on to {@code release}: every response held is dropped. Answers the keys of the
     * most recently used, to make again, newest first.
     */
    synchronized List<ResponseKey> moveTo(long release) {
        if (release <= version) {
            return List.of();
        }
        version = release;
        List<ResponseKey> recent = new ArrayList<>(held.keySet());
        held.clear();
        heldBytes = 0;
        List<ResponseKey> newestFirst = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && newestFirst.size() < rebuild; i--) {
            newestFirst.add(recent.get(i));
        }
        return newestFirst;
    }

    /**
     * Makes the caller the maker of {@code key}'s response (empty) or answers the maker's pending
     * result, which completes with the response made, or null if it could not be held.
     */
    CompletableFuture<HeldResponse> makerOr(ResponseKey key, CompletableFuture<HeldResponse> mine) {
        CompletableFuture<HeldResponse> other = making.putIfAbsent(key, mine);
        if (other == null) {
            // Whatever becomes of the request, the key is free again in time.
            mine.orTimeout(WAIT_FOR_MAKER.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> making.remove(key, mine));
        }
        return other;
    }

    /** Whether a response to this request target is held (for any representation). */
    synchronized boolean holds(String target) {
        return held.keySet().stream().anyMatch(key -> key.target().equals(target));
    }

    synchronized long heldBytes() {
        return heldBytes;
    }

    synchronized int heldCount() {
        return held.size();
    }
}
