package org.treatytracker.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RFC 4180 CSV, as spreadsheets and databases export it: fields quoted with {@code "} (doubled
 * inside), line breaks inside quoted fields, and any line ending (LF, CRLF, or CR alone, as old Mac
 * exports have). The file is decoded strictly: a byte sequence that is not valid in the given
 * encoding makes its row undecodable rather than turning silently into a replacement character.
 * Reading goes on, so that the importer checks every row: {@link #undecodable(SourceRow)} tells it
 * which rows had such bytes, and the end of the file throws {@link UndecodableRowsException} naming
 * them all, for a caller that did not ask. A leading byte-order mark is skipped; blank lines are skipped.
 */
public final class CsvRowReader implements RowReader {

    private static final int END = -1;

    private final BufferedReader in;
    private final char delimiter;
    private long line = 1;
    private int lookahead = -2;
    private boolean started;
    private boolean undecodableRecord;
    private final Set<Long> undecodableLines = new LinkedHashSet<>();

    public CsvRowReader(Path file, Charset encoding, char delimiter) throws IOException {
        this.in = new BufferedReader(new StrictDecoder(Files.newInputStream(file), encoding), 1 << 16);
        this.delimiter = delimiter;
    }

    @Override
    public Optional<SourceRow> next() throws IOException {
        while (true) {
            if (peek() == END) {
                if (!undecodableLines.isEmpty()) {
                    throw new UndecodableRowsException(List.copyOf(undecodableLines));
                }
                return Optional.empty();
            }
            long start = line;
            undecodableRecord = false;
            List<String> cells = readRecord(start);
            if (undecodableRecord) {
                undecodableLines.add(start);
            }
            SourceRow row = new SourceRow(start, cells);
            if (!row.isBlank()) {
                return Optional.of(row);
            }
        }
    }

    private List<String> readRecord(long start) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == END) {
                    throw new MalformedFileException(start, "a quoted field opened on line " + start + " is never closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (isLineBreak(c)) {
                        consumeLineBreak(c);
                        cell.append('\n');
                    } else {
                        cell.append((char) c);
                    }
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                cells.add(finish(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == END || isLineBreak(c)) {
                if (c != END) {
                    consumeLineBreak(c);
                }
                cells.add(finish(cell, wasQuoted));
                return cells;
            } else {
                cell.append((char) c);
            }
        }
    }

    private static String finish(StringBuilder cell, boolean quoted) {
        return quoted ? cell.toString() : cell.toString().strip();
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    /** Counts one line for LF, CR or CRLF. */
    private void consumeLineBreak(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (lookahead == -2) {
            lookahead = decode();
        }
        return lookahead;
    }

    private int read() throws IOException {
        int c = peek();
        lookahead = -2;
        return c;
    }

    @Override
    public boolean undecodable(SourceRow row) {
        return undecodableLines.contains(row.line());
    }

    private int decode() throws IOException {
        int c = decodeOne();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = decodeOne();
            }
        }
        return c;
    }

    /** The next character; bytes invalid in the encoding mark the record and read as U+FFFD. */
    private int decodeOne() throws IOException {
        try {
            return in.read();
        } catch (CharacterCodingException e) {
            undecodableRecord = true;
            return in.read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
