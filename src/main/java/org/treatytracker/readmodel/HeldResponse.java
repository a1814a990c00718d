package org.treatytracker.readmodel;

import java.util.List;
import java.util.Map;

/**
 * A successful read's answer as it was sent, held for the data release it was read at: the exact
 * bytes (so its strong ETag, their hash, is the one every instance gives for the same data), its
 * media type and the headers the resource and the API's filters gave it.
 */
record HeldResponse(ResponseKey key, long version, byte[] body, String mediaType, List<Map.Entry<String, String>> headers) {

    long size() {
        long headerBytes = headers.stream().mapToLong(h -> 2L * (h.getKey().length() + h.getValue().length())).sum();
        return key.size() + body.length + headerBytes + 64;
    }
}
