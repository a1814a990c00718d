package org.treatytracker.faults;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application on a primary and a streaming replica of its own; a replica more than 3 s behind is left. */
public class PrimaryAndReplicaProfile implements QuarkusTestProfile {

    static final String MAX_LAG = "3S";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PrimaryAndReplicaResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", "0", "tracker.replica.max-lag", MAX_LAG);
    }
}
