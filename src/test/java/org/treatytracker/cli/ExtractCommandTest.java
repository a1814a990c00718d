package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatytracker.extract.Language;
import picocli.CommandLine.ParameterException;

class ExtractCommandTest {

    @Test
    void aFileWithWhatIsKnownOfItOrAStoredSource() {
        ExtractCommand.Request file = request("--file", "a.txt", "--language", "en",
                "--published-on", "2024-12", "--source-id", "my-article");
        assertEquals(Path.of("a.txt"), file.file());
        assertEquals(Language.en, file.language());
        assertEquals("2024-12", file.publishedOn().iso());
        assertEquals("my-article", file.sourceId());
        assertNull(file.source());
        assertEquals("000_a06249cdaee31e0b", request("--source", "000_a06249cdaee31e0b").source());
        ExtractCommand.Request bare = request("--file", "a.txt", "--language", "fr");
        assertNull(bare.publishedOn(), "no publication date unless given");
        assertNull(bare.sourceId(), "cited to no source unless given");
    }

    @Test
    void wrongCommandsAreRefusedWithTheReason() {
        assertRefused("give either --file or --source");
        assertRefused("give either --file or --source", "--file", "a.txt", "--source", "x");
        assertRefused("--file needs --language fr or en", "--file", "a.txt");
        assertRefused("must be fr or en, not 'de'", "--file", "a.txt", "--language", "de");
        assertRefused("must be fr or en, not 'fr-CA'", "--file", "a.txt", "--language", "fr-CA");
        assertRefused("'décembre' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                "--file", "a.txt", "--language", "fr", "--published-on", "décembre");
        assertRefused("Missing required parameter for option '--file'", "--file");
        assertRefused("Unknown options: '--lang', 'fr'", "--file", "a.txt", "--lang", "fr");
        assertRefused("option '--file' (PATH) should be specified only once", "--file", "a.txt", "--file", "b.txt", "--language", "fr");
        assertRefused("--source takes no other option", "--source", "x", "--language", "fr");
        assertRefused("'../etc/passwd' is not a source id", "--source", "../etc/passwd");
        assertRefused("'a b' is not a source id", "--file", "a.txt", "--language", "fr", "--source-id", "a b");
    }

    @Test
    void aWrongCommandExitsTwoWithOneLineAndTheUsageOnStderr() throws Exception {
        Cli.Run run = Cli.run("extract", "--file", "a.txt");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals("treaty-tracker extract: --file needs --language fr or en", lines.get(0));
        assertEquals("Usage: treaty-tracker extract --file=PATH --language=fr|en", lines.get(1));
        assertEquals("                              [--published-on=DATE] [--source-id=ID] [--weak]", lines.get(2));
        assertEquals("       treaty-tracker extract --source=ID [--weak]", lines.get(3));
    }

    private static ExtractCommand.Request request(String... args) {
        return Cli.<ExtractCommand>parse(command(args)).request();
    }

    private static void assertRefused(String reason, String... args) {
        ParameterException refused = assertThrows(ParameterException.class, () -> request(args));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static String[] command(String... args) {
        return Stream.concat(Stream.of("extract"), Stream.of(args)).toArray(String[]::new);
    }
}
