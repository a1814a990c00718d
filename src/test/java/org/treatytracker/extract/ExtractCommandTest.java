package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.importer.UsageException;

class ExtractCommandTest {

    @Test
    void aFileWithWhatIsKnownOfItOrAStoredSource() {
        ExtractCommand.Request file = ExtractCommand.parse(List.of("--file", "a.txt", "--language", "en",
                "--published-on", "2024-12", "--source-id", "my-article"));
        assertEquals(Path.of("a.txt"), file.file());
        assertEquals(Language.en, file.language());
        assertEquals("2024-12", file.publishedOn().iso());
        assertEquals("my-article", file.sourceId());
        assertEquals("000_a06249cdaee31e0b", ExtractCommand.parse(List.of("--source", "000_a06249cdaee31e0b")).source());
    }

    @Test
    void wrongCommandsAreRefusedWithTheReason() {
        assertRefused("either --file or --source", List.of());
        assertRefused("either --file or --source", List.of("--file", "a.txt", "--source", "x"));
        assertRefused("needs --language", List.of("--file", "a.txt"));
        assertRefused("fr or en", List.of("--file", "a.txt", "--language", "de"));
        assertRefused("fr or en", List.of("--file", "a.txt", "--language", "fr-CA"));
        assertRefused("--published-on", List.of("--file", "a.txt", "--language", "fr", "--published-on", "décembre"));
        assertRefused("needs a value", List.of("--file"));
        assertRefused("unknown option", List.of("--file", "a.txt", "--lang", "fr"));
        assertRefused("twice", List.of("--file", "a.txt", "--file", "b.txt", "--language", "fr"));
        assertRefused("takes no other option", List.of("--source", "x", "--language", "fr"));
        assertRefused("not a source id", List.of("--source", "../etc/passwd"));
    }

    private static void assertRefused(String reason, List<String> args) {
        UsageException refused = assertThrows(UsageException.class, () -> ExtractCommand.parse(args));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
