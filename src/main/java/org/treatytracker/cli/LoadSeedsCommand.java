package org.treatytracker.cli;

import java.util.concurrent.Callable;
import org.treatytracker.seed.SeedLoadResult;
import org.treatytracker.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code load-seeds}: the start-up's loads without serving, and what the seed load did. */
@Command(name = "load-seeds",
        description = {"Loads the seeds, and exits without serving.",
                "Loads seeds/ (and the shipped datasets) as every start does, creating and migrating the database "
                        + "first, and prints what the seed load did."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:loaded, or unchanged", "1:not loadable: every problem listed (file, claim, what is wrong), nothing written"})
final class LoadSeedsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final StartupSequence startup;

    LoadSeedsCommand(StartupSequence startup) {
        this.startup = startup;
    }

    @Override
    public Integer call() {
        SeedLoadResult result = startup.lastLoad().orElseGet(startup::loadSeeds);
        spec.commandLine().getOut().println(result);
        return 0;
    }
}
