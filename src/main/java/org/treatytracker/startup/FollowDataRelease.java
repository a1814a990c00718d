package org.treatytracker.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.treatytracker.release.DataVersionWatch;

/**
 * Once the database is ready, the instance starts following the data release, before the first
 * request: a burst of requests at start then already shares the read model's one maker per response
 * (sixteen whole matrices built at once ran a 128 MB heap out of memory).
 */
@ApplicationScoped
public class FollowDataRelease {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final DataVersionWatch watch;
    private final DatabaseDemand demand;

    public FollowDataRelease(DataVersionWatch watch, DatabaseDemand demand) {
        this.watch = watch;
        this.demand = demand;
    }

    void start(@Observes @Priority(StartupOrder.FOLLOW_DATA_RELEASE) StartupEvent event) throws InterruptedException {
        if (demand.databaseNeeded()) {
            watch.startFollowing(PATIENCE);
        }
    }
}
