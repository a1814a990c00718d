package org.treatytracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void optionsAndMappingFileCombineWithTheCommandLineWinning() throws IOException {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "columns:\n  text: Recommendation\n  state_under_review: SuR\n"
                + "separators:\n  themes: \";\"\nlanguage: fr\n");
        ImportRequest request = ImportCommand.parse(List.of("upr-recommendations", "r.csv", "--mapping", mapping.toString(),
                "--column", "state_under_review=State", "--encoding", "windows-1252", "--dataset", "upr-info",
                "--language", "en"));
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
        ImportRequest request = ImportCommand.parse(List.of("ratification-status", "cat.csv", "--column", "party=member",
                "--column", "status=status", "--treaty", "CAT", "--as-of", "2022-08-25", "--complete",
                "--aliases", aliases.toString(), "--title", "Status of CAT", "--publisher", "UN",
                "--url", "https://treaties.un.org/", "--retrieved-on", "2022-09-01"));
        assertEquals(new ImportRequest.RecordOptions("CAT", java.time.LocalDate.of(2022, 8, 25), true, "Status of CAT", "UN",
                "https://treaties.un.org/", java.time.LocalDate.of(2022, 9, 1)), request.record());
        assertEquals(List.of("Elfenbeinküste"), request.aliases().get("CIV"));
        assertEquals("untc-CAT", ImportCommand.parse(List.of("undo", "untc-CAT")).dataset());
        assertRefused("--as-of takes a date", List.of("ratification-status", "c.csv", "--column", "party=p", "--as-of", "2022"));
        assertRefused("--url takes an http", List.of("ratification-status", "c.csv", "--column", "party=p", "--url", "ftp://x"));
        assertRefused("undo takes one dataset", List.of("undo", "a", "b"));
    }

    @Test
    void wrongCommandsAreRefusedWithTheReason() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "colums:\n  text: Recommendation\n");
        assertRefused("unknown format", List.of("upr", "r.csv"));
        assertRefused("unknown encoding", List.of("upr-recommendations", "r.csv", "--column", "text=T", "--encoding", "klingon"));
        assertRefused("needs a column mapping", List.of("ratifications", "r.csv"));
        assertRefused("colums", List.of("ratifications", "r.csv", "--mapping", typo.toString()));
        assertRefused("field=Header", List.of("ratifications", "r.csv", "--column", "party"));
        assertRefused("needs a value", List.of("ratifications", "r.csv", "--dataset"));
        assertRefused("--dataset", List.of("ohchr-status", "r.xls", "--dataset", "../etc"));
    }

    private static void assertRefused(String reason, List<String> args) {
        UsageException refused = assertThrows(UsageException.class, () -> ImportCommand.parse(args));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
