package org.treatytracker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatytracker.codebook.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code codebook [--output FILE]}: the codebook of the CSV exports, as docs/codebook.md holds it. */
@Command(name = "codebook",
        description = {"Writes the codebook of the CSV exports.",
                "Writes, as Markdown, every CSV export's columns in order, with their types, vocabularies, what an "
                        + "empty cell means and what they hold, from the column definitions the exports are written "
                        + "with: what " + Codebook.FILE + " holds and GET /api/v1/codebook serves. Needs no database."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:the file could not be written: the reason on stderr", "2:the command is wrong"})
final class CodebookCommand implements Callable<Integer>, NeedsNoDatabase {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (for example " + Codebook.FILE + "); standard output when not given.")
    Path output;

    @Override
    public Integer call() {
        String markdown = Codebook.markdown();
        if (output == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Files.writeString(output, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("codebook failed: cannot write " + output + " (" + e.getMessage() + ")");
            return 1;
        }
        spec.commandLine().getErr().println("Wrote " + output + ".");
        return 0;
    }
}
