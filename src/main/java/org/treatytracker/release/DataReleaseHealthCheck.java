package org.treatytracker.release;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness shows the data version the service answers with, and when it changed. */
@Readiness
@ApplicationScoped
public class DataReleaseHealthCheck implements HealthCheck {

    private final DataReleases releases;

    public DataReleaseHealthCheck(DataReleases releases) {
        this.releases = releases;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            DataRelease release = releases.current();
            return HealthCheckResponse.named("Data version").up()
                    .withData("data_version", release.version())
                    .withData("changed_at", release.changedAt().toString())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("Data version").down().build();
        }
    }
}
