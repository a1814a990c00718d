package org.treatytracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Importers;
import org.treatytracker.importer.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import FORMAT FILE [options]} and {@code import undo DATASET}: one command for each format, and undo. */
@Command(name = "import",
        description = {"Imports one file, or takes a dataset's latest import back.",
                "Each import runs in one transaction and prints every bad row (stderr) and a JSON summary (the last "
                        + "line on stdout). The database is migrated and the seeds and shipped datasets loaded first, "
                        + "as the service does."},
        synopsisSubcommandLabel = "(FORMAT FILE [OPTIONS] | undo DATASET)",
        commandListHeading = "%nFormats, and undo:%n",
        footer = {"%nEach format's --help gives its options. Formats, mappings and decisions: docs/importers.md."})
final class ImportCommand implements Callable<Integer>, NeedsNoDatabase {

    @Spec
    CommandSpec spec;

    /** The tree under {@code import}: a command per format, each with the options every format takes, then undo. */
    static CommandLine withFormats(Importers imports, ObjectMapper json) {
        CommandLine line = new CommandLine(new ImportCommand());
        format(line, new ImportFileCommand(Importers.OHCHR_STATUS, false, imports, json),
                "OHCHR's Status of Ratification dashboard export, one treaty a file (.xls, .xlsx, or saved as CSV); "
                        + "read without a mapping.");
        format(line, new ImportFileCommand(Importers.RATIFICATION_STATUS, true, imports, json),
                "A status table, one row per state for one treaty (as the UN Treaty Collection gives them): "
                        + "party, status, and optionally treaty, bound, signature; needs a mapping.");
        format(line, new ImportFileCommand(Importers.RATIFICATIONS, true, imports, json),
                "Any CSV of treaty actions: party, treaty, action, and optionally date; needs a mapping.");
        format(line, new ImportFileCommand(Importers.UPR_RECOMMENDATIONS, true, imports, json),
                "Any CSV of UPR recommendations (UPR Info's export among them); needs a mapping.");
        return line.addSubcommand(new UndoImportCommand(imports, json));
    }

    private static void format(CommandLine parent, ImportFileCommand command, String description) {
        CommandLine line = new CommandLine(command);
        line.getCommandSpec().usageMessage().description(description);
        parent.addSubcommand(command.format(), line);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "give a format and a file, or undo and a dataset");
    }

    /**
     * Runs an import and reports it: every bad row on stderr, the JSON summary on stdout. Exit status
     * 0 imported or unchanged, 1 bad rows (nothing written), 2 an import asked for wrongly (a mapped
     * column the file lacks, a dataset with nothing to undo).
     */
    static int report(CommandSpec spec, ObjectMapper json, Supplier<ImportResult> importing) {
        CommandLine line = spec.commandLine();
        ImportResult result;
        try {
            result = importing.get();
        } catch (UsageException wrong) {
            line.getErr().println(spec.qualifiedName() + ": " + wrong.getMessage());
            return 2;
        }
        result.problems().forEach(problem -> line.getErr().println(problem));
        try {
            line.getOut().println(json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return result.failed() ? 1 : 0;
    }
}
