package org.treatytracker.startup;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.treatytracker.TrackerConfig;
import org.treatytracker.importer.DatasetLoadException;
import org.treatytracker.importer.DatasetLoadResult;
import org.treatytracker.importer.DatasetLoader;
import org.treatytracker.seed.SeedLoadException;
import org.treatytracker.seed.SeedLoadResult;
import org.treatytracker.seed.SeedLoader;

/**
 * On every start: create the database if missing and migrate it (both as the schema's owner), then
 * load the seeds and the shipped datasets (as the datasource user). Any failure stops the start (Quarkus exits non-zero)
 * and, the load being one transaction, leaves the data as it was. None of it for a command that needs no
 * database ({@link DatabaseDemand}).
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class);

    private final DatabaseBootstrap database;
    private final SchemaMigration migration;
    private final SeedLoader loader;
    private final DatasetLoader datasets;
    private final MeterRegistry metrics;
    private final TrackerConfig config;
    private volatile SeedLoadResult lastLoad;

    private final DatabaseDemand demand;

    public StartupSequence(DatabaseBootstrap database, SchemaMigration migration, SeedLoader loader,
                           DatasetLoader datasets, TrackerConfig config, MeterRegistry metrics,
                           DatabaseDemand demand) {
        this.datasets = datasets;
        this.metrics = metrics;
        this.database = database;
        this.migration = migration;
        this.loader = loader;
        this.config = config;
        this.demand = demand;
    }

    @ExplainsStartupFailures
    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!demand.databaseNeeded()) {
            return;
        }
        if (config.database().createIfMissing()) {
            database.createIfMissing();
        }
        migration.migrate();
        if (config.seeds().load()) {
            loadSeeds();
        } else {
            LOG.info("Seed loading is off (tracker.seeds.load=false).");
        }
        if (config.datasets().load()) {
            loadDatasets();
        } else {
            LOG.info("Loading the shipped datasets is off (tracker.datasets.load=false).");
        }
    }

    /** Loads the configured datasets folder; logs the outcome. */
    private void loadDatasets() {
        try {
            DatasetLoadResult result = datasets.load(Path.of(config.datasets().dir()));
            LOG.info(result);
            metrics.counter("tracker.dataset.loads", "outcome", result.changed() ? "loaded" : "unchanged").increment();
            metrics.counter("tracker.dataset.files.imported").increment(result.imported());
        } catch (DatasetLoadException e) {
            metrics.counter("tracker.dataset.loads", "outcome", "failed").increment();
            LOG.error(e.getMessage());
            throw e;
        }
    }

    /** Loads the configured seeds folder; logs the outcome and returns it. */
    public SeedLoadResult loadSeeds() {
        Path dir = Path.of(config.seeds().dir());
        try {
            lastLoad = loader.load(dir);
            LOG.info(lastLoad);
            metrics.counter("tracker.seed.loads", "outcome", lastLoad.changed() ? "loaded" : "unchanged").increment();
            return lastLoad;
        } catch (SeedLoadException e) {
            metrics.counter("tracker.seed.loads", "outcome", "failed").increment();
            LOG.error(e.getMessage());
            throw e;
        }
    }

    /** The outcome of the load this process ran, if any. */
    public Optional<SeedLoadResult> lastLoad() {
        return Optional.ofNullable(lastLoad);
    }
}
