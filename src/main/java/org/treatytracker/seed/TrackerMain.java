package org.treatytracker.seed;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.treatytracker.extract.ExtractCommand;
import org.treatytracker.importer.ImportCommand;

/**
 * Runs the service; with the argument {@code load-seeds}, loads the seeds (migrating first) and
 * exits: 0 when loaded or unchanged, 1 (with every problem listed) when the seeds are not loadable.
 * With {@code import ...}, imports one file (see {@link ImportCommand}) and exits; with
 * {@code extract ...}, prints the candidate claims of a text (see {@link ExtractCommand}) and exits.
 */
@QuarkusMain
public class TrackerMain implements QuarkusApplication {

    private final StartupSequence startup;

    private final ImportCommand importer;

    private final ExtractCommand extractor;

    public TrackerMain(StartupSequence startup, ImportCommand importer, ExtractCommand extractor) {
        this.startup = startup;
        this.importer = importer;
        this.extractor = extractor;
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 1 && args[0].equals("load-seeds")) {
            SeedLoadResult result = startup.lastLoad().orElseGet(startup::loadSeeds);
            System.out.println(result);
            return 0;
        }
        if (args[0].equals("import")) {
            return importer.run(List.of(args).subList(1, args.length));
        }
        if (args[0].equals("extract")) {
            return extractor.run(List.of(args).subList(1, args.length));
        }
        System.err.println("Usage: treaty-tracker [load-seeds | import ... | extract ...]");
        System.err.println(ImportCommand.USAGE);
        System.err.println(ExtractCommand.USAGE);
        return 2;
    }
}
