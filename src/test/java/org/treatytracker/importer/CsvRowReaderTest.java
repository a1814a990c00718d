package org.treatytracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    private static final String TABLE = "State,Text\n\"Côte d'Ivoire\",\"Ratifier, puis \"\"appliquer\"\"\nla convention\"\n\nTürkiye,plain\n";

    @Test
    void everyLineEndingGivesTheSameRowsAndLines() throws IOException {
        List<SourceRow> lf = read(TABLE, StandardCharsets.UTF_8, ',');
        assertEquals(List.of(
                new SourceRow(1, List.of("State", "Text")),
                new SourceRow(2, List.of("Côte d'Ivoire", "Ratifier, puis \"appliquer\"\nla convention")),
                new SourceRow(5, List.of("Türkiye", "plain"))), lf);
        assertEquals(lf, read(TABLE.replace("\n", "\r\n"), StandardCharsets.UTF_8, ','));
        assertEquals(lf, read(TABLE.replace("\n", "\r"), StandardCharsets.UTF_8, ','));
    }

    @Test
    void legacyEncodingsDecodeWhenNamed() throws IOException {
        List<SourceRow> utf8 = read(TABLE, StandardCharsets.UTF_8, ',');
        assertEquals(utf8, read(TABLE.replace("\n", "\r\n"), Charset.forName("windows-1252"), ','));
        assertEquals(utf8, read(TABLE.replace("\n", "\r"), Charset.forName("x-MacRoman"), ','));
    }

    @Test
    void aByteOrderMarkIsSkippedAndOtherDelimitersWork() throws IOException {
        assertEquals(List.of(new SourceRow(1, List.of("a", "b c"))), read("\uFEFFa; b c \n", StandardCharsets.UTF_8, ';'));
    }

    @Test
    void bytesInvalidInTheEncodingFailWithTheirLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "State\nViet Nam\nC\u00f4te d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1));
        var failure = assertThrows(MalformedFileException.class, () -> readAll(file, StandardCharsets.UTF_8, ','));
        assertEquals(3, failure.line());
    }

    @Test
    void anUnclosedQuoteFailsWithTheLineItOpensOn() throws IOException {
        Path file = dir.resolve("open.csv");
        Files.writeString(file, "a,b\n1,\"never closed\n2,3\n");
        var failure = assertThrows(MalformedFileException.class, () -> readAll(file, StandardCharsets.UTF_8, ','));
        assertEquals(2, failure.line());
    }

    private List<SourceRow> read(String text, Charset encoding, char delimiter) throws IOException {
        Path file = Files.createTempFile(dir, "table", ".csv");
        Files.write(file, text.getBytes(encoding));
        return readAll(file, encoding, delimiter);
    }

    private static List<SourceRow> readAll(Path file, Charset encoding, char delimiter) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = new CsvRowReader(file, encoding, delimiter)) {
            for (var row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}
