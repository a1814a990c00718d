package org.treatytracker.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application a primary and a streaming replica of its own (two clusters on spare ports,
 * the replica made from the primary by pg_basebackup), so that the test may pause and stop the replica.
 */
public class PrimaryAndReplicaResource implements QuarkusTestResourceLifecycleManager {

    /** Where the test finds the two clusters ({@link DebianCluster#id()}). */
    static final String PRIMARY = "fault-tests.primary";
    static final String REPLICA = "fault-tests.replica";

    private DebianCluster primary;
    private DebianCluster replica;

    @Override
    public Map<String, String> start() {
        DebianCluster.dropLeftovers();
        String name = DebianCluster.NAME_PREFIX + ProcessHandle.current().pid();
        primary = DebianCluster.create(name);
        primary.start();
        replica = DebianCluster.create(name + "_replica");
        replica.replicate(primary);
        replica.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", primary.jdbcUrl("treaty_tracker"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.datasource.replica.jdbc.url", replica.jdbcUrl("treaty_tracker"),
                PRIMARY, primary.id(),
                REPLICA, replica.id());
    }

    @Override
    public void stop() {
        if (replica != null) {
            replica.drop();
        }
        if (primary != null) {
            primary.drop();
        }
    }
}
