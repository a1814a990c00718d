package org.treatytracker.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import org.jboss.logging.Logger;
import org.treatytracker.auth.TokenCommand;
import org.treatytracker.extract.ExtractCommand;
import org.treatytracker.importer.ImportCommand;
import org.treatytracker.seed.SeedLoadResult;
import org.treatytracker.startup.StartupFailure;
import org.treatytracker.startup.StartupSequence;

/**
 * Runs the service; with the argument {@code load-seeds}, loads the seeds (migrating first) and
 * exits: 0 when loaded or unchanged, 1 (with every problem listed) when the seeds are not loadable.
 * With {@code import ...}, imports one file (see {@link ImportCommand}) and exits; with
 * {@code extract ...}, prints the candidate claims of a text (see {@link ExtractCommand}) and exits.
 * {@code keygen} and {@code mint-token} ({@link TokenCommand}) need no database: the start-up
 * sequence skips it for them.
 */
@QuarkusMain
public class TrackerMain implements QuarkusApplication {

    private final StartupSequence startup;

    private final ImportCommand importer;

    private final ExtractCommand extractor;

    private final TokenCommand tokens;

    public TrackerMain(StartupSequence startup, ImportCommand importer, ExtractCommand extractor,
                       TokenCommand tokens) {
        this.startup = startup;
        this.importer = importer;
        this.extractor = extractor;
        this.tokens = tokens;
    }

    /**
     * Runs the application; a start that fails for a reason the operator can fix prints that one
     * line (a {@link StartupFailure}) instead of Quarkus's stack trace.
     */
    public static void main(String... args) {
        Quarkus.run(TrackerMain.class, TrackerMain::exit, args);
    }

    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            StartupFailure.explain(failure).ifPresentOrElse(
                    System.err::println,
                    () -> Logger.getLogger(TrackerMain.class).error("Failed to start", failure));
        }
        System.exit(code);
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
        if (TokenCommand.COMMANDS.contains(args[0])) {
            return tokens.run(args[0], List.of(args).subList(1, args.length));
        }
        System.err.println("Usage: treaty-tracker [load-seeds | import ... | extract ... | keygen ... | mint-token ...]");
        System.err.println(ImportCommand.USAGE);
        System.err.println(ExtractCommand.USAGE);
        System.err.println(TokenCommand.USAGE);
        return 2;
    }
}
