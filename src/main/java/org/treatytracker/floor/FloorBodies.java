package org.treatytracker.floor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floor's bodies by size: each made on its first request and reused, so that an answer costs
 * neither allocating nor hashing its bytes. A benchmark asks for a handful of sizes; any other use is
 * bounded all the same: past {@link #MAX_HELD} bytes held, every held body is dropped and made again
 * when asked for.
 */
@ApplicationScoped
public class FloorBodies {

    static final long MAX_HELD = FloorSize.MAX_BYTES;

    private final Map<Integer, FloorBody> held = new ConcurrentHashMap<>();
    /** Guarded by this; read and written in {@link #made} only. */
    private long heldBytes;

    FloorBody of(FloorSize size) {
        FloorBody body = held.get(size.bytes());
        return body != null ? body : made(size.bytes());
    }

    /** Two requests for a new size make it once: the lock is taken on a miss only, never on the hot path. */
    private synchronized FloorBody made(int size) {
        FloorBody body = held.get(size);
        if (body != null) {
            return body;
        }
        if (heldBytes + size > MAX_HELD) {
            held.clear();
            heldBytes = 0;
        }
        body = FloorBody.of(size);
        held.put(size, body);
        heldBytes += size;
        return body;
    }
}
