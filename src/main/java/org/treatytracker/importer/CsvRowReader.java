package org.treatytracker.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one CSV reader (RFC 4180, on jackson-dataformat-csv), as spreadsheets and databases export it:
 * fields quoted with {@code "} (doubled inside), line breaks inside quoted fields (read as LF), and
 * any line ending (LF, CRLF, or CR alone, as old Mac exports have); rows may have any number of
 * cells. An unquoted cell is trimmed, a quoted one kept as it is, with any text after its closing
 * quote ({@link TextAfterClosingQuote}). Each row carries the line it starts on, counted by every line
 * ending, blank lines and those inside quoted fields too; a row whose cells are all empty is skipped.
 * A leading byte-order mark is skipped.
 *
 * <p>The file is decoded strictly ({@link StrictDecoder}): a byte sequence that is not valid in the
 * given encoding makes its row undecodable rather than turning silently into a replacement character.
 * Reading goes on, so that the importer checks every row: {@link #undecodable(SourceRow)} tells it which
 * rows had such bytes, and the end of the file throws {@link UndecodableRowsException} naming them all,
 * for a caller that did not ask. A quoted field never closed is a {@link MalformedFileException} on the
 * line of its row.
 */
public final class CsvRowReader implements RowReader {

    private static final QuoteAwareFactory CSV = new QuoteAwareFactory();

    private final StrictDecoder decoder;
    private final TextAfterClosingQuote text;
    private final QuoteAwareParser parser;
    private long line = 1;
    private final Set<Long> undecodableLines = new LinkedHashSet<>();

    public CsvRowReader(Path file, Charset encoding, char delimiter) throws IOException {
        this.decoder = new StrictDecoder(Files.newInputStream(file), encoding);
        this.text = new TextAfterClosingQuote(decoder, delimiter);
        this.parser = (QuoteAwareParser) CSV.createParser(text);
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
    }

    @Override
    public Optional<SourceRow> next() throws IOException {
        while (true) {
            long start = line;
            List<String> cells = record(start);
            if (cells == null) {
                if (!undecodableLines.isEmpty()) {
                    throw new UndecodableRowsException(List.copyOf(undecodableLines));
                }
                return Optional.empty();
            }
            SourceRow row = new SourceRow(start, cells);
            if (!row.isBlank()) {
                return Optional.of(row);
            }
        }
    }

    /** The cells of the record that starts on line {@code start}, null at the end of the file. */
    private List<String> record(long start) throws IOException {
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            long lineBreaks = 0;
            int replacements = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String cell = parser.getText();
                if (parser.quoted()) {
                    lineBreaks += lineBreaks(cell);
                    cell = cell.replace("\r\n", "\n").replace('\r', '\n');
                } else {
                    cell = cell.strip();
                }
                replacements += (int) cell.chars().filter(c -> c == '\uFFFD').count();
                cells.add(cell);
            }
            // A record is one line, and one more for each line break inside its quoted fields.
            line = start + 1 + lineBreaks;
            if (decoder.badBytesAmong(replacements)) {
                undecodableLines.add(start);
            }
            return cells;
        } catch (StreamReadException e) {
            if (text.endedInQuotedField()) {
                throw new MalformedFileException(start, "a quoted field opened on line " + start + " is never closed");
            }
            throw new MalformedFileException(start, e.getOriginalMessage());
        }
    }

    /** LF, CRLF and CR alone, each one line break. */
    private static long lineBreaks(String cell) {
        long breaks = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Override
    public boolean undecodable(SourceRow row) {
        return undecodableLines.contains(row.line());
    }

    @Override
    public void close() throws IOException {
        parser.close();
        decoder.close();
    }

    /** jackson's CSV parser, saying whether the value just read was quoted: its decoder knows, the parser does not say. */
    private static final class QuoteAwareParser extends CsvParser {

        QuoteAwareParser(IOContext context, int features, int csvFeatures, ObjectCodec codec, Reader reader) {
            super(context, features, csvFeatures, codec, reader);
        }

        boolean quoted() {
            return _reader.isCurrentTokenQuoted();
        }
    }

    private static final class QuoteAwareFactory extends CsvFactory {

        QuoteAwareFactory() {
            // A cell is as long as the file makes it, as it always was here (jackson stops at 20 million characters).
            setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
        }

        @Override
        protected CsvParser _createParser(Reader reader, IOContext context) {
            return new QuoteAwareParser(context, _parserFeatures, _csvParserFeatures, _objectCodec, reader);
        }
    }
}
