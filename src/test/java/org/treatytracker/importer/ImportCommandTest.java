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
