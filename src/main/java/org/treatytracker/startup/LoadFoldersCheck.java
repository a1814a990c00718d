package org.treatytracker.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.treatytracker.TrackerConfig;

/**
 * Before anything else starts (the embedded database, migrations): a start that will load the seeds
 * and the shipped datasets needs their folders, and a wrong working directory, TRACKER_SEEDS_DIR or
 * TRACKER_DATASETS_DIR is the usual reason one is not there.
 */
@ApplicationScoped
public class LoadFoldersCheck {

    private final TrackerConfig config;
    private final DatabaseDemand demand;

    public LoadFoldersCheck(TrackerConfig config, DatabaseDemand demand) {
        this.config = config;
        this.demand = demand;
    }

    void check(@Observes @Priority(StartupOrder.PREFLIGHT) StartupEvent event) {
        if (!demand.databaseNeeded()) {
            return;
        }
        if (config.seeds().load()) {
            require(Path.of(config.seeds().dir()), "seeds", "TRACKER_SEEDS_DIR", "TRACKER_SEEDS_LOAD");
        }
        if (config.datasets().load()) {
            require(Path.of(config.datasets().dir()), "datasets", "TRACKER_DATASETS_DIR", "TRACKER_DATASETS_LOAD");
        }
    }

    private static void require(Path dir, String what, String dirVariable, String loadVariable) {
        if (!Files.isDirectory(dir)) {
            throw StartupFailure.because("the " + what + " folder " + dir.toAbsolutePath().normalize() + " does not exist",
                    "Start the service from the project's folder, point " + dirVariable + " at the " + what + ","
                            + " or start without loading them (" + loadVariable + "=false)");
        }
    }
}
