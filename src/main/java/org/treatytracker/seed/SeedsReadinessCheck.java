package org.treatytracker.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once seeds have been loaded into the database (by this process or an earlier one). */
@Readiness
@ApplicationScoped
public class SeedsReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Seeds loaded");
        return QuarkusTransaction.requiringNew().call(() -> SeedLoad.latest()
                .map(load -> response.up()
                        .withData("fingerprint", load.fingerprint)
                        .withData("loaded_at", load.loadedAt.toString())
                        .withData("facts", load.facts))
                .orElseGet(response::down)
                .build());
    }
}
