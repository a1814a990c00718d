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
    void readingGoesOnPastUndecodableRowsAndTheEndNamesThemAll() throws IOException {
        Path file = dir.resolve("mixed.csv");
        byte[] utf8 = "State,Text\nViet Nam,ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "C\u00f4te d'Ivoire,\"deux\nlignes\"\nT\u00fcrkiye,ok\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] after = "France,\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(utf8, latin1, after));
        List<SourceRow> rows = new ArrayList<>();
        List<Long> undecodable = new ArrayList<>();
        UndecodableRowsException end;
        try (RowReader reader = new CsvRowReader(file, StandardCharsets.UTF_8, ',')) {
            end = assertThrows(UndecodableRowsException.class, () -> {
                for (var row = reader.next(); row.isPresent(); row = reader.next()) {
                    rows.add(row.get());
                    if (reader.undecodable(row.get())) {
                        undecodable.add(row.get().line());
                    }
                }
            });
        }
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), rows.stream().map(SourceRow::line).toList(), "every row is read");
        assertEquals(List.of(3L, 5L), undecodable);
        assertEquals(List.of(3L, 5L), end.lines());
        assertEquals(List.of("France", "\u00e9t\u00e9"), rows.get(4).cells(), "a row after bad bytes decodes as it should");
        assertEquals("C\uFFFDte d'Ivoire", rows.get(2).cell(0), "the bad byte stands as one replacement character");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void anUnclosedQuoteFailsWithTheLineItOpensOn() throws IOException {
        Path file = dir.resolve("open.csv");
        Files.writeString(file, "a,b\n1,\"never closed\n2,3\n");
        var failure = assertThrows(MalformedFileException.class, () -> readAll(file, StandardCharsets.UTF_8, ','));
        assertEquals(2, failure.line());
    }

    @Test
    void unquotedCellsAreTrimmedQuotedOnesKeptAndRowsMayBeRagged() throws IOException {
        assertEquals(List.of(
                new SourceRow(1, List.of("a", "  b  ", "c")),
                new SourceRow(2, List.of("one")),
                new SourceRow(3, List.of("", "\"d\"", "", ""))),
                read(" a\u2003,\"  b  \",\tc \none\n, \"d\" ,,\n", StandardCharsets.UTF_8, ','));
    }

    @Test
    void textAfterAClosingQuoteBelongsToTheField() throws IOException {
        assertEquals(List.of(new SourceRow(1, List.of("abcdef", "x ", "ab\"c\"", "y"))),
                read("\"abc\"def,\"x\" ,\"a\"b\"c\",y\n", StandardCharsets.UTF_8, ','));
    }

    @Test
    void lineNumbersCountTheLineBreaksOfLongQuotedFields() throws IOException {
        String lines = "x\r\n".repeat(20_000);
        List<SourceRow> rows = read("a,b\r\n\"" + lines + "\",\"" + "y".repeat(50_000) + "\"\r\nlast,row\r\n",
                StandardCharsets.UTF_8, ',');
        assertEquals("x\n".repeat(20_000), rows.get(1).cell(0), "a line break inside quotes reads as LF");
        assertEquals(new SourceRow(20_003, List.of("last", "row")), rows.get(2));
    }

    @Test
    void aBadByteStartingARowIsThatRowsWhateverTheLineEnding() throws IOException {
        for (String ending : List.of("\n", "\r", "\r\n")) {
            Path file = dir.resolve("first-byte.csv");
            Files.write(file, concat(("State" + ending + "Viet Nam" + ending).getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC9}, ("tats-Unis" + ending + "France" + ending).getBytes(StandardCharsets.UTF_8)));
            var end = assertThrows(UndecodableRowsException.class, () -> readAll(file, StandardCharsets.UTF_8, ','));
            assertEquals(List.of(3L), end.lines(), "line ending " + ending.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    @Test
    void aReplacementCharacterInTheFileIsText() throws IOException {
        assertEquals(List.of(new SourceRow(1, List.of("\uFFFD"))), read("\uFFFD\n", StandardCharsets.UTF_8, ','));
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
