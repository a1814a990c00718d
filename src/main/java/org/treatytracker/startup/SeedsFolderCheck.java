package org.treatytracker.startup;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.treatytracker.TrackerConfig;
import org.treatytracker.auth.TokenCommand;

/**
 * Before anything else starts (the embedded database, migrations): a start that will load the seeds
 * needs the seeds folder, and a wrong working directory or TRACKER_SEEDS_DIR is the usual reason it
 * is not there.
 */
@ApplicationScoped
public class SeedsFolderCheck {

    private final TrackerConfig config;
    private final boolean offlineCommand;

    public SeedsFolderCheck(TrackerConfig config, @CommandLineArguments String[] args) {
        this.config = config;
        this.offlineCommand = args.length > 0 && TokenCommand.COMMANDS.contains(args[0]);
    }

    void check(@Observes @Priority(StartupOrder.PREFLIGHT) StartupEvent event) {
        if (offlineCommand || !config.seeds().load()) {
            return;
        }
        Path dir = Path.of(config.seeds().dir());
        if (!Files.isDirectory(dir)) {
            throw StartupFailure.because("the seeds folder " + dir.toAbsolutePath().normalize() + " does not exist",
                    "Start the service from the project's folder, point TRACKER_SEEDS_DIR at the seeds,"
                            + " or start without loading them (TRACKER_SEEDS_LOAD=false)");
        }
    }
}
