package org.treatytracker.faults;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application on a cluster of its own instead of the run's shared test database. */
public class OwnClusterProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnClusterResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A random port: other builds on the machine may hold the default test port.
        return Map.of("quarkus.http.test-port", "0");
    }
}
