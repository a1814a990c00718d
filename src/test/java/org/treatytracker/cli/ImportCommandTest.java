package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.importer.ImportRequest;
import picocli.CommandLine.ParameterException;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void optionsAndMappingFileCombineWithTheCommandLineWinning() throws IOException {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "columns:\n  text: Recommendation\n  state_under_review: SuR\n"
                + "separators:\n  themes: \";\"\nlanguage: fr\n");
        ImportRequest request = request("upr-recommendations", "r.csv", "--mapping", mapping.toString(),
                "--column", "state_under_review=State", "--encoding", "windows-1252", "--dataset", "upr-info",
                "--language", "en");
        assertEquals("upr-recommendations", request.format());
        assertEquals(Path.of("r.csv"), request.file());
        assertEquals("en", request.mapping().language());
        assertEquals("State", request.mapping().columns().get("state_under_review"));
        assertEquals("Recommendation", request.mapping().columns().get("text"));
        assertEquals(";", request.mapping().separators().get("themes"));
        assertEquals(Charset.forName("windows-1252"), request.encoding());
        assertEquals("upr-info", request.dataset());
    }

    @Test
    void aRecordsDateCompletenessOriginAndAliasesAreOptions() throws IOException {
        Path aliases = Files.writeString(dir.resolve("a.yaml"), "CIV: [\"Elfenbeinküste\"]\n");
        ImportRequest request = request("ratification-status", "cat.csv", "--column", "party=member",
                "--column", "status=status", "--treaty", "CAT", "--as-of", "2022-08-25", "--complete",
                "--aliases", aliases.toString(), "--title", " Status of CAT ", "--publisher", "UN",
                "--url", "https://treaties.un.org/", "--retrieved-on", "2022-09-01");
        assertEquals(new ImportRequest.RecordOptions("CAT", LocalDate.of(2022, 8, 25), true, "Status of CAT", "UN",
                "https://treaties.un.org/", LocalDate.of(2022, 9, 1)), request.record());
        assertEquals(List.of("Elfenbeinküste"), request.aliases().get("CIV"));
        assertEquals("untc-CAT", Cli.<UndoImportCommand>parse("import", "undo", "untc-CAT").dataset);
        assertRefused("'2022' is not a date of the form YYYY-MM-DD",
                "ratification-status", "c.csv", "--column", "party=p", "--as-of", "2022");
        assertRefused("'ftp://x' is not an http:// or https:// address",
                "ratification-status", "c.csv", "--column", "party=p", "--url", "ftp://x");
        assertRefused("'--title': takes 1 to 500 characters", "ratification-status", "c.csv", "--column", "party=p", "--title", " ");
        assertRefused("'--publisher': takes 1 to 500 characters",
                "ratification-status", "c.csv", "--column", "party=p", "--publisher", "x".repeat(501));
        assertThrows(ParameterException.class, () -> Cli.parse("import", "undo", "a", "b"));
    }

    @Test
    void everyFormatTakesEveryOptionAndTheDefaultsAreThoseOfNoOption() {
        for (String format : List.of("ohchr-status", "ratification-status", "ratifications", "upr-recommendations")) {
            ImportRequest request = request(format, "f.csv", "--column", "party=Party", "--complete", "--as-of", "2020-01-01",
                    "--language", "fr", "--treaty", "CAT");
            assertEquals(format, request.format());
            assertTrue(request.record().complete(), format);
        }
        ImportRequest plain = request("ohchr-status", "UnderlyingData_CRC_OHCHR.xls");
        assertEquals(StandardCharsets.UTF_8, plain.encoding());
        assertTrue(plain.mapping().columns().isEmpty(), "OHCHR's export is read without a mapping");
        assertNull(plain.dataset());
        assertEquals(ImportRequest.RecordOptions.NONE, plain.record());
        assertTrue(plain.aliases().isEmpty());
    }

    @Test
    void anOptionGivenTwiceTakesItsLastValueAsBefore() {
        ImportRequest request = request("ohchr-status", "x.xls", "--dataset", "first", "--dataset", "second");
        assertEquals("second", request.dataset());
    }

    @Test
    void wrongCommandsAreRefusedWithTheReason() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "colums:\n  text: Recommendation\n");
        assertRefused("'upr'", "upr", "r.csv");
        assertRefused("unknown encoding 'klingon'", "upr-recommendations", "r.csv", "--column", "text=T", "--encoding", "klingon");
        assertRefused("ratifications needs a column mapping", "ratifications", "r.csv");
        assertRefused("colums", "ratifications", "r.csv", "--mapping", typo.toString());
        assertRefused("field=Header", "ratifications", "r.csv", "--column", "party");
        assertRefused("Missing required parameter for option '--dataset'", "ratifications", "r.csv", "--dataset");
        assertRefused("'../etc' is not a dataset key", "ohchr-status", "r.xls", "--dataset", "../etc");
        assertRefused("'../etc' is not a dataset key", "undo", "../etc");
        assertRefused("Missing required parameter: 'FILE'", "ohchr-status");
        assertRefused("Unknown options: '--mapping', 'm.yaml'", "undo", "untc-CAT", "--mapping", "m.yaml");
        assertRefused("Unmatched argument", "ohchr-status", "a.xls", "b.xls");
    }

    @Test
    void aWrongCommandExitsTwoWithOneLineAndTheUsageOnStderr() throws Exception {
        Cli.Run run = Cli.run("import", "ratifications", "r.csv");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals("treaty-tracker import ratifications: ratifications needs a column mapping (--mapping or --column)",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: treaty-tracker import ratifications [OPTIONS] FILE"), run.err());

        Cli.Run bare = Cli.run("import");
        assertEquals(2, bare.status());
        assertEquals("treaty-tracker import: give a format and a file, or undo and a dataset", bare.err().lines().findFirst().orElseThrow());
        for (String listed : List.of("ohchr-status", "ratification-status", "ratifications", "upr-recommendations", "undo")) {
            assertTrue(bare.err().contains("\n  " + listed + " "), listed + " listed in\n" + bare.err());
        }
    }

    private static ImportRequest request(String... args) {
        String[] command = Stream.concat(Stream.of("import"), Stream.of(args)).toArray(String[]::new);
        return Cli.<ImportFileCommand>parse(command).request();
    }

    private static void assertRefused(String reason, String... args) {
        String[] command = Stream.concat(Stream.of("import"), Stream.of(args)).toArray(String[]::new);
        ParameterException refused = assertThrows(ParameterException.class, () -> {
            Object parsed = Cli.parse(command);
            if (parsed instanceof ImportFileCommand file) {
                file.request();
            }
        });
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
