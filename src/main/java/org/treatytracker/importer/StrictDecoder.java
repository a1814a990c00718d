package org.treatytracker.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes and reports each sequence that is not valid in the charset, but only once every
 * character before it has been read, so that the reader knows on which line the bad bytes are
 * ({@link java.io.InputStreamReader} fails a whole buffer ahead). A read that meets such a sequence
 * throws {@link CharacterCodingException}; reading on continues after it, the sequence standing as
 * one U+FFFD, so that a reader can go on checking the rest of the file and list every bad line.
 */
final class StrictDecoder extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private CoderResult failure;

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (failure != null) {
                bytes.position(bytes.position() + failure.length());
                failure = null;
                chars.clear();
                chars.put('\uFFFD');
                chars.flip();
                throw new CharacterCodingException();
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
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
