package org.treatytracker.seed;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the service; with the argument {@code load-seeds}, loads the seeds (migrating first) and
 * exits: 0 when loaded or unchanged, 1 (with every problem listed) when the seeds are not loadable.
 */
@QuarkusMain
public class TrackerMain implements QuarkusApplication {

    private final StartupSequence startup;

    public TrackerMain(StartupSequence startup) {
        this.startup = startup;
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
        System.err.println("Usage: treaty-tracker [load-seeds]");
        return 2;
    }
}
