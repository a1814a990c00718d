package org.treatytracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code treaty-tracker [COMMAND]}: with no command, serves (as {@code serve} does). */
@Command(name = Commands.NAME,
        description = {"Treaty Tracker: states' human-rights treaty commitments and their UPR outcomes, every fact "
                + "cited to the passage of its source. With no command, serves the API (as serve does)."},
        commandListHeading = "%nCommands:%n",
        footer = {"%nEach command's --help gives its options and exit status. README.md says how to run them."})
final class TrackerCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Print this help and exit.")
    boolean help;

    private final ServeCommand serve;

    TrackerCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        return serve.call();
    }
}
