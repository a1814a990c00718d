package org.treatytracker.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ResponseMemoTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static ResponseKey key(String path) {
        return new ResponseKey(path, "", "application/json", "", DAY);
    }

    private static HeldResponse response(String path, long version, int bytes) {
        return new HeldResponse(key(path), version, new byte[bytes], "application/json", List.of());
    }

    @Test
    void holdsOnlyTheCurrentReleaseAndDropsEverythingWhenItMovesOn() {
        ResponseMemo memo = new ResponseMemo(1_000_000, 100_000, 8, new SimpleMeterRegistry());
        memo.moveTo(5);
        memo.put(response("/a", 5, 10));
        memo.put(response("/old", 4, 10));
        assertNotNull(memo.get(key("/a"), 5));
        assertNull(memo.get(key("/old"), 5), "a response read at an earlier release is never held");
        assertNull(memo.get(key("/a"), 6), "asked at a release the memo does not hold: nothing");

        assertEquals(List.of(key("/a")), memo.moveTo(6));
        assertNull(memo.get(key("/a"), 6));
        assertEquals(0, memo.heldBytes());
        assertEquals(List.of(), memo.moveTo(6), "the same release again changes nothing");
    }

    @Test
    void staysWithinItsBytesDroppingTheLeastRecentlyUsed() {
        ResponseMemo memo = new ResponseMemo(3_000, 2_000, 8, new SimpleMeterRegistry());
        memo.moveTo(1);
        memo.put(response("/a", 1, 1_000));
        memo.put(response("/b", 1, 1_000));
        memo.get(key("/a"), 1);
        memo.put(response("/c", 1, 1_000));
        assertTrue(memo.heldBytes() <= 3_000, "held " + memo.heldBytes());
        assertNotNull(memo.get(key("/a"), 1), "used last, kept");
        assertNull(memo.get(key("/b"), 1), "used least recently, dropped");
        assertNotNull(memo.get(key("/c"), 1));

        memo.put(response("/huge", 1, 2_001));
        assertNull(memo.get(key("/huge"), 1), "larger than an entry may be: answered, never held");
    }

    @Test
    void theMostRecentlyUsedAreMadeAgainFirstUpToTheLimit() {
        ResponseMemo memo = new ResponseMemo(1_000_000, 100_000, 2, new SimpleMeterRegistry());
        memo.moveTo(1);
        memo.put(response("/a", 1, 1));
        memo.put(response("/b", 1, 1));
        memo.put(response("/c", 1, 1));
        memo.get(key("/a"), 1);
        assertEquals(List.of(key("/a"), key("/c")), memo.moveTo(2));
    }

    @Test
    void aResponseBeingMadeHasOneMakerAndTheKeyIsFreedWhenItIsDone() {
        ResponseMemo memo = new ResponseMemo(1_000_000, 100_000, 2, new SimpleMeterRegistry());
        CompletableFuture<HeldResponse> first = new CompletableFuture<>();
        assertNull(memo.makerOr(key("/m"), first), "the first asks: it makes");
        CompletableFuture<HeldResponse> second = new CompletableFuture<>();
        assertSame(first, memo.makerOr(key("/m"), second), "the second waits for the first");
        first.complete(null);
        assertNull(memo.makerOr(key("/m"), second), "done: the next one makes it again");
        assertFalse(second.isDone());
    }
}
