package org.treatytracker.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads an imported file row by row, without holding it whole. */
public interface RowReader extends AutoCloseable {

    /**
     * The next row, or empty at the end of the file. A reader that read on past rows it could not
     * decode throws {@link UndecodableRowsException} at the end instead, naming them.
     */
    Optional<SourceRow> next() throws IOException;

    /** Whether this row, already returned, held bytes that are not valid in the file's encoding. */
    default boolean undecodable(SourceRow row) {
        return false;
    }

    @Override
    void close() throws IOException;

    /** A spreadsheet reader for .xls and .xlsx, a CSV reader (in {@code encoding}, with {@code delimiter}) for anything else. */
    static RowReader open(Path file, Charset encoding, char delimiter) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".xlsx")) {
            return new SpreadsheetRowReader(file);
        }
        return new CsvRowReader(file, encoding, delimiter);
    }
}
