package org.treatytracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatytracker.auth.EditorTokens;
import org.treatytracker.bulk.BulkExport;
import org.treatytracker.extract.ExtractionService;
import org.treatytracker.importer.Importers;
import org.treatytracker.startup.StartupSequence;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line, on picocli: {@code treaty-tracker} (which serves when given no command) and its
 * commands, each of which parses its arguments and calls its feature's service. Help ({@code -h},
 * {@code --help}, on every command) prints the usage on stdout and exits 0; a wrong command prints
 * one line saying why and the usage on stderr, and exits 2.
 */
@ApplicationScoped
public class Commands {

    static final String NAME = "treaty-tracker";

    private final StartupSequence startup;
    private final Importers imports;
    private final ExtractionService extraction;
    private final EditorTokens tokens;
    private final ObjectMapper json;
    private final BulkExport bulk;

    public Commands(StartupSequence startup, Importers imports, ExtractionService extraction, EditorTokens tokens,
                    ObjectMapper json, BulkExport bulk) {
        this.startup = startup;
        this.imports = imports;
        this.extraction = extraction;
        this.tokens = tokens;
        this.json = json;
        this.bulk = bulk;
    }

    /** A new command tree, every option at its default. */
    public CommandLine commandLine() {
        ServeCommand serve = new ServeCommand();
        CommandLine line = new CommandLine(new TrackerCommand(serve))
                .addSubcommand(serve)
                .addSubcommand(new LoadSeedsCommand(startup))
                .addSubcommand(ImportCommand.withFormats(imports, json))
                .addSubcommand(new ExtractCommand(extraction, json))
                .addSubcommand(new ExportCommand(bulk))
                .addSubcommand(new KeygenCommand())
                .addSubcommand(new CodebookCommand())
                .addSubcommand(new MintTokenCommand(tokens));
        // "@FILE" is a file to import or read, never a file of more arguments.
        line.setExpandAtFiles(false);
        // An option given twice takes its last value, as the hand-written parsers did; extract refused it.
        line.setOverwrittenOptionsAllowed(true);
        line.getSubcommands().get(ExtractCommand.NAME).setOverwrittenOptionsAllowed(false);
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return line;
    }

    /**
     * Runs the command the arguments name and answers its exit status. A failure that is not the
     * command's to explain (a lost database, a bug) is thrown, for the caller to report.
     */
    public int execute(String... args) throws Exception {
        if (args.length == 0) {
            // What the command tree would run for no arguments, without building it (ParsedArguments says why).
            return new ServeCommand().call();
        }
        return execute(commandLine(), args);
    }

    static int execute(CommandLine line, String... args) throws Exception {
        try {
            ParseResult parsed = line.parseArgs(args);
            Integer helped = CommandLine.executeHelpRequest(parsed);
            if (helped != null) {
                return helped;
            }
            Callable<Integer> command = invoked(parsed).commandSpec().commandLine().getCommand();
            return command.call();
        } catch (ParameterException wrong) {
            CommandLine where = wrong.getCommandLine();
            PrintWriter err = where.getErr();
            err.println(where.getCommandSpec().qualifiedName() + ": " + wrong.getMessage());
            where.usage(err);
            return where.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /** The innermost command the arguments name: the one that runs. */
    static ParseResult invoked(ParseResult parsed) {
        ParseResult level = parsed;
        while (level.hasSubcommand()) {
            level = level.subcommand();
        }
        return level;
    }
}
