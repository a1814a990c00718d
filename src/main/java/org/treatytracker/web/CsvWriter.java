package org.treatytracker.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one CSV writer of the API (RFC 4180, on jackson-dataformat-csv): a header row, then one row per
 * item, CRLF after every row; a cell is quoted only when it holds a comma, a double quote or a line
 * break, its double quotes doubled; null and the empty text are both an empty cell. Rows are written as
 * they come, so an export read from a cursor never has to be held whole.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula (CSV injection): such a text cell goes out with a single quote in front, as OWASP advises.
 * Numbers and true/false are never text cells ({@link Number} and {@link Boolean} values), so -1 stays -1;
 * a {@link BigDecimal} is written plainly (20, not 2E+1).
 *
 * <p>A column may be always quoted ({@code "38.10"}): a code that looks like a number, so that a reader
 * that goes by quoting keeps it text. An empty cell is never quoted: it is no value.
 */
public final class CsvWriter implements Closeable {

    /** First characters that make a spreadsheet cell a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CsvFactory FACTORY = CsvFactory.builder()
            // jackson otherwise quotes every text longer than 24 characters without looking at it
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            // the caller owns the output: a spooled body still has to be hashed and closed by its writer
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema RFC_4180 = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CsvGenerator csv;
    private final boolean[] quoted;

    private CsvWriter(Writer out, List<String> columns, boolean[] quoted) throws IOException {
        this.csv = FACTORY.createGenerator(out);
        this.quoted = new boolean[columns.size()];
        csv.setSchema(RFC_4180);
        row(columns);
        System.arraycopy(quoted, 0, this.quoted, 0, Math.min(quoted.length, columns.size()));
    }

    /** Starts a table on {@code out} with its header row; {@link #close()} flushes it, leaving {@code out} open. */
    public static CsvWriter to(Writer out, List<String> columns) throws IOException {
        return new CsvWriter(out, columns, new boolean[0]);
    }

    /** The same, with the columns {@code quoted} marks always quoted. */
    public static CsvWriter to(Writer out, List<String> columns, boolean[] quoted) throws IOException {
        return new CsvWriter(out, columns, quoted);
    }

    /** A whole table as text: the header row, even when there are no rows, then the rows. */
    public static String table(List<String> columns, List<? extends List<?>> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter table = to(text, columns)) {
            for (List<?> row : rows) {
                table.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return text.toString();
    }

    public void row(List<?> values) throws IOException {
        csv.writeStartArray();
        int column = 0;
        for (Object value : values) {
            if (column < quoted.length && quoted[column] && value != null && !value.toString().isEmpty()) {
                csv.writeRawValue('"' + inert(value.toString()).replace("\"", "\"\"") + '"');
            } else {
                cell(value);
            }
            column++;
        }
        csv.writeEndArray();
    }

    private void cell(Object value) throws IOException {
        if (value == null) {
            // jackson drops a null written into a row it has no schema columns for: an empty text is the empty cell
            csv.writeString("");
        } else if (value instanceof BigDecimal decimal) {
            csv.writeNumber(decimal.toPlainString());
        } else if (value instanceof Number) {
            csv.writeNumber(value.toString());
        } else if (value instanceof Boolean bool) {
            csv.writeBoolean(bool);
        } else {
            csv.writeString(inert(value.toString()));
        }
    }

    /** A text a spreadsheet will show, not run. */
    static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
