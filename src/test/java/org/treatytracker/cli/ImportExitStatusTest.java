package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.DbSnapshot;

/** The import command's exit status as docs/importers.md gives it: 2 for a wrong command, 1 for bad rows. */
@QuarkusTest
class ImportExitStatusTest {

    @Inject
    Commands commands;

    @TempDir
    Path dir;

    @Test
    void aMappingNamingColumnsTheFileLacksIsAWrongCommand() throws Exception {
        Path recommendations = Files.writeString(dir.resolve("r.csv"), "Text,State\nProtect journalists,France\n");
        Path actions = Files.writeString(dir.resolve("a.csv"), "Party,Treaty\nFrance,CAT\n");
        DbSnapshot before = DbSnapshot.take();
        Cli.Run lacking = Cli.run(commands.commandLine(), "import", "upr-recommendations", recommendations.toString(),
                "--column", "text=Text", "--column", "state_under_review=State", "--column", "session=Session", "--language", "en");
        assertEquals(2, lacking.status());
        assertTrue(lacking.err().startsWith("treaty-tracker import upr-recommendations: ") && lacking.err().contains("no column 'Session'"),
                lacking.err());
        assertEquals("", lacking.out(), "no summary for an import that did not run");
        assertEquals(2, commands.execute("import", "ratifications", actions.toString(), "--column", "party=Party",
                "--column", "treaty=Treaty", "--column", "action=Action"));
        assertEquals(before, DbSnapshot.take(), "nothing written");
    }

    @Test
    void badRowsExitOne() throws Exception {
        Path recommendations = Files.writeString(dir.resolve("bad.csv"), "Text,State,Session\nProtect journalists,Atlantis,5\n");
        Cli.Run bad = Cli.run(commands.commandLine(), "import", "upr-recommendations", recommendations.toString(),
                "--column", "text=Text", "--column", "state_under_review=State", "--column", "session=Session", "--language", "en");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("Atlantis"), "the bad row is listed: " + bad.err());
        assertTrue(bad.out().strip().startsWith("{") && !bad.out().strip().contains("\n"), "one JSON summary line: " + bad.out());
    }

    @Test
    void undoingADatasetWithNoImportIsAWrongCommand() throws Exception {
        Cli.Run undo = Cli.run(commands.commandLine(), "import", "undo", "no-such-dataset");
        assertEquals(2, undo.status());
        assertEquals("treaty-tracker import undo: dataset 'no-such-dataset' has no import to undo", undo.err().strip());
    }
}
