package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The top of the command line: no command serves; each command is a word; anything else is a wrong command. */
class TrackerCommandTest {

    @Test
    void noArgumentServesAsServeDoes() {
        assertInstanceOf(TrackerCommand.class, Cli.parse());
        assertInstanceOf(ServeCommand.class, Cli.parse("serve"));
        assertInstanceOf(LoadSeedsCommand.class, Cli.parse("load-seeds"));
        assertInstanceOf(ImportFileCommand.class, Cli.parse("import", "ohchr-status", "f.xls"));
        assertInstanceOf(UndoImportCommand.class, Cli.parse("import", "undo", "untc-status-CAT"));
        assertInstanceOf(ExtractCommand.class, Cli.parse("extract", "--source", "000_a06249cdaee31e0b"));
        assertInstanceOf(KeygenCommand.class, Cli.parse("keygen"));
        assertInstanceOf(MintTokenCommand.class, Cli.parse("mint-token", "--subject", "a"));
    }

    @Test
    void anUnknownCommandExitsTwoWithOneLineAndTheUsageListingEveryCommand() throws Exception {
        Cli.Run run = Cli.run("frobnicate");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals("treaty-tracker: Unmatched argument at index 0: 'frobnicate'", lines.get(0));
        assertEquals("Usage: treaty-tracker [-h] [COMMAND]", lines.get(1));
        for (String command : List.of("serve", "load-seeds", "import", "extract", "keygen", "codebook", "mint-token")) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("  " + command + " ")), command + " listed in\n" + run.err());
        }
    }

    @Test
    void aCommandGivenWhatItDoesNotTakeIsWrong() throws Exception {
        Cli.Run extra = Cli.run("load-seeds", "now");
        assertEquals(2, extra.status());
        assertEquals("treaty-tracker load-seeds: Unmatched argument at index 1: 'now'", extra.err().lines().findFirst().orElseThrow());
        assertEquals("Usage: treaty-tracker load-seeds [-h]", extra.err().lines().skip(1).findFirst().orElseThrow());

        Cli.Run option = Cli.run("--port", "8081");
        assertEquals(2, option.status());
        assertTrue(option.err().startsWith("treaty-tracker: Unknown options: '--port', '8081'"), option.err());

        Cli.Run atFile = Cli.run("@args.txt");
        assertEquals(2, atFile.status(), "@FILE is an argument, not a file of arguments");
        assertTrue(atFile.err().startsWith("treaty-tracker: Unmatched argument at index 0: '@args.txt'"), atFile.err());
    }
}
