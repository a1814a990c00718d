package org.treatytracker.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.treatytracker.bulk.BulkExport;
import org.treatytracker.release.DataRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the bulk download, written to a file. */
@Command(name = "export",
        description = {"Writes the whole database as a zip of CSV files, as of one data version.",
                "The zip GET /api/v1/bulk serves: one CSV per list the API exports (each the bytes of its endpoint's CSV), "
                        + "the codebook, and metadata.json (the data version, the files and their row counts, the terms "
                        + "of the data, how to cite it), all read from one snapshot. The file appears whole or not at all: "
                        + "it is written beside its name first, then moved there. Creates and migrates the database first, "
                        + "as every start does."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written; its name and data version on stdout", "1:not written (a folder missing or not writable): the reason on stderr",
                "2:the command is wrong"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The zip to write (default: treaty-tracker-data-v<version>.zip in the working directory).")
    Path output;

    private final BulkExport bulk;

    ExportCommand(BulkExport bulk) {
        this.bulk = bulk;
    }

    @Override
    public Integer call() {
        Path target = output == null ? null : output.toAbsolutePath();
        Path folder = target == null ? Path.of("").toAbsolutePath() : target.getParent();
        Path partial;
        DataRelease release;
        try {
            partial = Files.createTempFile(folder, ".treaty-tracker-export-", ".zip.part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                release = bulk.write(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            target = target == null ? folder.resolve(BulkExport.fileName(release)) : target;
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            spec.commandLine().getErr().println("export failed: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println(target + " (data version " + release.version() + ")");
        return 0;
    }
}
