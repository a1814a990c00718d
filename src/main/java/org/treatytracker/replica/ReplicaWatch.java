package org.treatytracker.replica;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.treatytracker.TrackerConfig;
import org.treatytracker.release.DataRelease;
import org.treatytracker.release.DataVersionWatch;
import org.treatytracker.release.Pause;

/**
 * Follows the read replica, when one is configured: reads its data release every poll interval and
 * compares it with the primary's ({@link DataVersionWatch}). The replica may serve public reads while
 * it is reachable and has replayed the primary's release, or has been behind for no longer than
 * {@code tracker.replica.max-lag}. Its lag is measured in releases and in seconds as this instance
 * sees them (to the poll interval); a hot standby takes no LISTEN, so its release is polled.
 */
@ApplicationScoped
public class ReplicaWatch {

    private static final Logger LOG = Logger.getLogger(ReplicaWatch.class);
    private static final String CURRENT = "SELECT version, changed_at, clock_timestamp() AS read_at FROM data_release WHERE id";

    private final Optional<AgroalDataSource> replica;
    private final DataVersionWatch primary;
    private final Duration maxLag;
    private final Duration poll;
    private volatile DataRelease seen;
    private volatile long behindSince = -1;
    private volatile boolean stopped;
    private Thread poller;

    public ReplicaWatch(@DataSource("replica") InjectableInstance<AgroalDataSource> replica, DataVersionWatch primary,
                        TrackerConfig config, MeterRegistry metrics) {
        this.replica = replica.listActive().stream().findFirst();
        this.primary = primary;
        this.maxLag = config.replica().maxLag();
        this.poll = config.replica().pollInterval();
        if (this.replica.isPresent()) {
            metrics.gauge("tracker.replica.available", this, watch -> watch.seen == null ? 0 : 1);
            metrics.gauge("tracker.replica.releases.behind", this, ReplicaWatch::releasesBehind);
            metrics.gauge("tracker.replica.lag.seconds", this, watch -> watch.lag().toNanos() / 1e9);
        }
    }

    /** Whether a replica is configured (the datasource {@code replica} has an address). */
    public boolean configured() {
        return replica.isPresent();
    }

    /** The replica's release, when public reads may be made from it now. */
    public Optional<DataRelease> usable() {
        DataRelease release = seen;
        if (release == null || lag().compareTo(maxLag) > 0) {
            return Optional.empty();
        }
        return Optional.of(release);
    }

    /** The replica's release, read now from the replica. */
    public DataRelease readNow() throws SQLException {
        try (Connection connection = replica.orElseThrow().getConnection();
             PreparedStatement statement = connection.prepareStatement(CURRENT);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("data_release has no row on the replica: is it a replica of this database?");
            }
            return new DataRelease(row.getLong("version"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    row.getObject("read_at", OffsetDateTime.class).toInstant());
        }
    }

    /** Starts polling the replica, if one is configured (the start-up does it, once the primary is followed). */
    public synchronized void start() {
        if (replica.isEmpty() || poller != null || stopped) {
            return;
        }
        poller = new Thread(this::follow, "replica-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void follow() {
        boolean failedBefore = false;
        while (!stopped) {
            try {
                DataRelease release = readNow();
                seen = release;
                long primaryVersion = primary.followed().map(DataRelease::version).orElse(release.version());
                if (release.version() >= primaryVersion) {
                    behindSince = -1;
                } else if (behindSince < 0) {
                    behindSince = System.nanoTime();
                }
                if (failedBefore) {
                    LOG.info("The read replica answers again; public reads use it while it keeps up.");
                    failedBefore = false;
                }
            } catch (SQLException | RuntimeException e) {
                seen = null;
                if (!failedBefore && !stopped) {
                    LOG.warnf("The read replica does not answer (%s); every read goes to the primary until it does.", e.getMessage());
                }
                failedBefore = true;
            }
            Pause.sleep(poll);
        }
    }

    private Duration lag() {
        long since = behindSince;
        return since < 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    private double releasesBehind() {
        DataRelease release = seen;
        Optional<DataRelease> followed = primary.followed();
        if (release == null || followed.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, followed.get().version() - release.version());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        Thread running;
        synchronized (this) {
            running = poller;
        }
        if (running != null) {
            running.interrupt();
        }
    }
}
