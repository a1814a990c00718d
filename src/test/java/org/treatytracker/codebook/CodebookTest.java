package org.treatytracker.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.treatytracker.web.ExportColumn;

/**
 * docs/codebook.md is what the code writes. Stale, the test fails with the command that rewrites it;
 * {@code -Dcodebook.write=true} makes the test rewrite it instead.
 */
class CodebookTest {

    private static final Path FILE = Path.of(Codebook.FILE);

    @Test
    void theFileInTheRepositoryIsWhatTheCodeWrites() throws IOException {
        String written = Codebook.markdown();
        if (Boolean.getBoolean("codebook.write")) {
            Files.writeString(FILE, written, StandardCharsets.UTF_8);
        }
        assertEquals(written, Files.readString(FILE, StandardCharsets.UTF_8),
                Codebook.FILE + " is stale: regenerate it with `java -jar target/quarkus-app/quarkus-run.jar codebook --output "
                        + Codebook.FILE + "` (after ./mvnw package -DskipTests), or `./mvnw -o test -Dtest=CodebookTest "
                        + "-Dcodebook.write=true -DexcludedGroups=faults -DskipITs`");
    }

    @Test
    void everyColumnIsDescribedAndNamedOnce() {
        for (Export export : Codebook.EXPORTS) {
            var names = export.columnsFor(export.leading().keySet().stream().toList()).stream().map(ExportColumn::name).toList();
            assertEquals(names.size(), names.stream().distinct().count(), export.path() + ": " + names);
            export.columns().columns().forEach(column -> assertFalse(column.description().isBlank(), export.path() + " " + column.name()));
        }
        assertTrue(Codebook.markdown().contains("| `un_number` | `string`, quoted |"), "un_number is documented as quoted text");
    }
}
