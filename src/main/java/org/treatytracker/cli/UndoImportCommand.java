package org.treatytracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.treatytracker.importer.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import undo DATASET}. */
@Command(name = "undo",
        description = {"Takes back a dataset's latest import.",
                "The latest import of the dataset that is not undone yet (ratification datasets) is taken back: its "
                        + "facts and coverage become what the import before it left (nothing, if it was the first)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:undone", "2:the command is wrong, or the dataset has no import to undo"})
final class UndoImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET", converter = ImportFileCommand.DatasetKey.class,
            description = "The dataset's key, as GET /api/v1/imports lists it (e.g. untc-status-CAT).")
    String dataset;

    private final Importers imports;
    private final ObjectMapper json;

    UndoImportCommand(Importers imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Override
    public Integer call() {
        return ImportCommand.report(spec, json, () -> imports.undo(dataset));
    }
}
