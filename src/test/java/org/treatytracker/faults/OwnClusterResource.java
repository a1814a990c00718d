package org.treatytracker.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application a PostgreSQL cluster of its own for the test class that may stop it. The
 * application's start-up creates the database in it, migrates and loads the seeds, as in production.
 */
public class OwnClusterResource implements QuarkusTestResourceLifecycleManager {

    /** Where the test finds the cluster it may stop and start ({@link DebianCluster#id()}); outside tracker.*, which is validated. */
    static final String CLUSTER = "fault-tests.cluster";

    private DebianCluster cluster;

    @Override
    public Map<String, String> start() {
        DebianCluster.dropLeftovers();
        cluster = DebianCluster.create(DebianCluster.NAME_PREFIX + ProcessHandle.current().pid());
        cluster.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", cluster.jdbcUrl("treaty_tracker"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                CLUSTER, cluster.id());
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.drop();
        }
    }
}
