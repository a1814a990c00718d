package org.treatytracker.floor;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.treatytracker.web.EntityTags;

/**
 * One body of the floor: exactly {@code bytes.length} bytes and their strong entity tag, both made once.
 * The bytes are a JSON string of letters (a JSON number for one byte), so that a client reading the
 * floor as the API's JSON can parse it; the letters are drawn from a fixed seed rather than repeated,
 * so that a client asking for gzip does not get a body that compresses to almost nothing.
 */
record FloorBody(byte[] bytes, String etag) {

    private static final byte[] LETTERS = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);

    static FloorBody of(int size) {
        byte[] bytes = new byte[size];
        Random letters = new Random(size);
        for (int i = 0; i < size; i++) {
            bytes[i] = LETTERS[letters.nextInt(LETTERS.length)];
        }
        if (size == 1) {
            bytes[0] = '0';
        } else if (size > 1) {
            bytes[0] = '"';
            bytes[size - 1] = '"';
        }
        return new FloorBody(bytes, EntityTags.of(bytes));
    }
}
