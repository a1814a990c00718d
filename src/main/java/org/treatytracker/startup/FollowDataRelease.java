package org.treatytracker.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.treatytracker.release.DataVersionWatch;
import org.treatytracker.replica.ReplicaWatch;

/**
 * Once the database is ready, the instance starts following the data release, before the first
 * request: a burst of requests at start then already shares the read model's one maker per response
 * (sixteen whole matrices built at once ran a 128 MB heap out of memory). The read replica, when
 * one is configured, is followed from then on too.
 */
@ApplicationScoped
public class FollowDataRelease {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final DataVersionWatch watch;
    private final DatabaseDemand demand;
    private final ReplicaWatch replica;

    public FollowDataRelease(DataVersionWatch watch, DatabaseDemand demand, ReplicaWatch replica) {
        this.watch = watch;
        this.demand = demand;
        this.replica = replica;
    }

    void start(@Observes @Priority(StartupOrder.FOLLOW_DATA_RELEASE) StartupEvent event) throws InterruptedException {
        if (demand.databaseNeeded()) {
            watch.startFollowing(PATIENCE);
            replica.start();
        }
    }
}
