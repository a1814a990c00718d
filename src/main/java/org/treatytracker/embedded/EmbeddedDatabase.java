package org.treatytracker.embedded;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.treatytracker.TrackerConfig;
import org.treatytracker.startup.DatabaseDemand;
import org.treatytracker.startup.StartupOrder;

/**
 * The embedded PostgreSQL as the service's default database: started before the start-up sequence
 * when the datasource URL is the embedded server's (no QUARKUS_DATASOURCE_JDBC_URL naming another),
 * stopped once the whole application has stopped, its connection pool included. The datasource
 * opens no connection before the start-up sequence, so the server is up before it is first used.
 */
@ApplicationScoped
public class EmbeddedDatabase {

    private final TrackerConfig.Embedded settings;
    private final boolean wanted;

    public EmbeddedDatabase(TrackerConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            DatabaseDemand demand) {
        this.settings = config.embedded();
        this.wanted = demand.databaseNeeded() && url.equals(settings.url());
    }

    void start(@Observes @Priority(StartupOrder.EMBEDDED_DATABASE) StartupEvent event) {
        if (!wanted) {
            return;
        }
        EmbeddedServer server = EmbeddedServer.start(Path.of(settings.dir()), settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApplication(server), "embedded-postgres-stop"));
    }

    /**
     * Runs in a JVM shutdown hook, beside Quarkus's own: waits until the application has stopped
     * (requests answered, pool closed), then stops the server. After a failed start there is no
     * application left to wait for.
     */
    private static void stopAfterApplication(EmbeddedServer server) {
        Application application = Application.currentApplication();
        if (application != null) {
            application.awaitShutdown();
        }
        server.stop();
    }
}
