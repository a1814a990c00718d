package org.treatytracker.cli;

import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import org.treatytracker.startup.DatabaseDemand;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * This process's arguments as the command line parses them, asked before anything starts whether
 * the command needs the database: not for help, a wrong command (each answered without it), nor a
 * command that is {@link NeedsNoDatabase}.
 */
@ApplicationScoped
public class ParsedArguments implements DatabaseDemand {

    private final boolean databaseNeeded;

    public ParsedArguments(Commands commands, @CommandLineArguments String[] args) {
        // No arguments is the service itself: it needs the database, and its start need not build the
        // command tree (picocli's classes load from their jar, outside the start-up cache: ~170 of them).
        this.databaseNeeded = args.length == 0 || databaseNeeded(commands.commandLine(), args);
    }

    @Override
    public boolean databaseNeeded() {
        return databaseNeeded;
    }

    static boolean databaseNeeded(CommandLine line, String... args) {
        ParseResult parsed;
        try {
            parsed = line.parseArgs(args);
        } catch (ParameterException wrong) {
            return false;
        }
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested()) {
                return false;
            }
        }
        return !(Commands.invoked(parsed).commandSpec().userObject() instanceof NeedsNoDatabase);
    }
}
