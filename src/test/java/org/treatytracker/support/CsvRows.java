package org.treatytracker.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV text as rows of cells, read by jackson-dataformat-csv as RFC 4180 has it: nothing trimmed,
 * no row skipped, so that a test sees what a client's CSV library sees (the importer's reader trims
 * and skips blank rows, which would hide what a test of the API's answers must see).
 */
public final class CsvRows {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvRows() {
    }

    public static List<List<String>> of(String text) {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            return rows.readAll().stream().map(Arrays::asList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("not CSV: " + text, e);
        }
    }
}
