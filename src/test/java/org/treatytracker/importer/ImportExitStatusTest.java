package org.treatytracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.DbSnapshot;

/** The import command's exit status as docs/importers.md gives it: 2 for a wrong command, 1 for bad rows. */
@QuarkusTest
class ImportExitStatusTest {

    @Inject
    ImportCommand command;

    @TempDir
    Path dir;

    @Test
    void aMappingNamingColumnsTheFileLacksIsAWrongCommand() throws IOException {
        Path recommendations = Files.writeString(dir.resolve("r.csv"), "Text,State\nProtect journalists,France\n");
        Path actions = Files.writeString(dir.resolve("a.csv"), "Party,Treaty\nFrance,CAT\n");
        DbSnapshot before = DbSnapshot.take();
        assertEquals(2, command.run(List.of("upr-recommendations", recommendations.toString(), "--column", "text=Text",
                "--column", "state_under_review=State", "--column", "session=Session", "--language", "en")));
        assertEquals(2, command.run(List.of("ratifications", actions.toString(), "--column", "party=Party",
                "--column", "treaty=Treaty", "--column", "action=Action")));
        assertEquals(before, DbSnapshot.take(), "nothing written");
    }

    @Test
    void badRowsExitOne() throws IOException {
        Path recommendations = Files.writeString(dir.resolve("bad.csv"), "Text,State,Session\nProtect journalists,Atlantis,5\n");
        assertEquals(1, command.run(List.of("upr-recommendations", recommendations.toString(), "--column", "text=Text",
                "--column", "state_under_review=State", "--column", "session=Session", "--language", "en")));
    }
}
