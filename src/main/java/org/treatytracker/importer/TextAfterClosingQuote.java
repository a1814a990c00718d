package org.treatytracker.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * The one rule of the importer's CSV that jackson's parser cannot be told: text after a field's closing
 * quote belongs to the field, kept as it is ({@code "abc"def} reads {@code abcdef}, {@code "abc" ,} reads
 * {@code abc } with its space), as spreadsheets read it; jackson skips spaces there and refuses anything
 * else. Between the decoder and the parser, this reader moves such a closing quote to the end of its
 * field, doubling the quotes it passes, so that the parser reads the field as the importer always has.
 * It follows the quoting as the parser does (a quote opens a field only as its first character) and
 * tells whether the input ended inside a quoted field.
 */
final class TextAfterClosingQuote extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

    private static final char QUOTE = '"';

    private final Reader in;
    private final char delimiter;
    private final char[] read = new char[1 << 14];
    private final StringBuilder out = new StringBuilder();
    private int outAt;
    private State state = State.FIELD_START;
    private boolean ended;

    TextAfterClosingQuote(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Whether the input ended inside a quoted field (a quote opened and never closed). */
    boolean endedInQuotedField() {
        return ended && state == State.QUOTED;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (outAt == out.length()) {
            if (ended) {
                return -1;
            }
            out.setLength(0);
            outAt = 0;
            int n = in.read(read, 0, read.length);
            if (n < 0) {
                ended = true;
                if (state == State.QUOTE_IN_QUOTED || state == State.AFTER_CLOSING_QUOTE) {
                    out.append(QUOTE);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    pass(read[i]);
                }
            }
        }
        int n = Math.min(length, out.length() - outAt);
        out.getChars(outAt, outAt + n, buffer, offset);
        outAt += n;
        return n;
    }

    private void pass(char c) {
        boolean endsField = c == delimiter || c == '\n' || c == '\r';
        switch (state) {
            case FIELD_START -> {
                out.append(c);
                state = c == QUOTE ? State.QUOTED : endsField ? State.FIELD_START : State.UNQUOTED;
            }
            case UNQUOTED -> {
                out.append(c);
                state = endsField ? State.FIELD_START : State.UNQUOTED;
            }
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED; // a doubled quote, or the closing one: the next character tells
                } else {
                    out.append(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    out.append(QUOTE).append(QUOTE);
                    state = State.QUOTED;
                } else if (endsField) {
                    out.append(QUOTE).append(c);
                    state = State.FIELD_START;
                } else {
                    out.append(c);
                    state = State.AFTER_CLOSING_QUOTE;
                }
            }
            case AFTER_CLOSING_QUOTE -> {
                if (endsField) {
                    out.append(QUOTE).append(c);
                    state = State.FIELD_START;
                } else {
                    out.append(c);
                    if (c == QUOTE) {
                        out.append(QUOTE);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
