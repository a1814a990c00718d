package org.treatytracker.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;
import org.treatytracker.startup.StartupFailure;

/**
 * The application's entry: runs the command its arguments name ({@link Commands}; with none, it
 * serves). The start-up has run by then, and skipped the database for a command that needs none
 * ({@link ParsedArguments}).
 */
@QuarkusMain
public class TrackerMain implements QuarkusApplication {

    private final Commands commands;

    public TrackerMain(Commands commands) {
        this.commands = commands;
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

    /** A command is one unit of work, as a request is: its sessions read and write the primary database (replica.ReadRouting). */
    @Override
    @ActivateRequestContext
    public int run(String... args) throws Exception {
        return commands.execute(args);
    }
}
