package org.treatytracker.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes bytes strictly: each sequence that is not valid in the charset stands as one U+FFFD, and the
 * decoder remembers, of every U+FFFD it hands out in turn, whether it stands for such bytes or is the
 * file's own character. A reader that reads a buffer ahead of the row it parses (as the CSV parser
 * does) still learns which rows held bad bytes: it counts the U+FFFD of each row and asks
 * {@link #badBytesAmong}. Reading goes on past bad bytes, so that a reader can check the rest of the
 * file and list every bad row. A leading byte-order mark is not text and is dropped.
 */
final class StrictDecoder extends Reader {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private CoderResult failure;
    /** Whether {@link #chars} holds the U+FFFD of a bad sequence rather than decoded text. */
    private boolean replacing;
    private boolean started;
    /** For each U+FFFD handed out and not yet asked about, whether it stands for bad bytes. */
    private final Deque<Boolean> replacements = new ArrayDeque<>();

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!decodeMore()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == REPLACEMENT) {
                replacements.add(replacing);
            }
        }
        return n;
    }

    /**
     * Whether any of the next {@code count} U+FFFD handed out (those of one row, counted by its reader)
     * stands for bytes that are not valid in the charset.
     */
    boolean badBytesAmong(int count) {
        boolean bad = false;
        for (int i = 0; i < count && !replacements.isEmpty(); i++) {
            bad |= replacements.poll();
        }
        return bad;
    }

    /** False at the end of the input; otherwise {@link #chars} has something to hand out. */
    private boolean decodeMore() throws IOException {
        while (!chars.hasRemaining()) {
            replacing = false;
            if (failure != null) {
                bytes.position(bytes.position() + failure.length());
                failure = null;
                chars.clear();
                chars.put(REPLACEMENT);
                chars.flip();
                replacing = true;
            } else if (endOfInput && !bytes.hasRemaining()) {
                return false;
            } else {
                fill();
            }
            if (!started && chars.hasRemaining()) {
                started = true;
                if (!replacing && chars.get(chars.position()) == BYTE_ORDER_MARK) {
                    chars.get();
                }
            }
        }
        return true;
    }

    private void fill() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (endOfInput && result.isUnderflow()) {
            result = decoder.flush(chars);
            if (bytes.hasRemaining() && result.isUnderflow()) {
                result = CoderResult.malformedForLength(bytes.remaining());
            }
        }
        if (result.isError()) {
            failure = result;
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
