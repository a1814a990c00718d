package org.treatytracker.release;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.treatytracker.TrackerConfig;

/**
 * The data release this instance knows to be current, followed through PostgreSQL itself: a
 * connection of its own listens on the channel {@code data_release}, which every committing data
 * change notifies (migration V12), whichever process made it, and reads the release at each
 * notification and at least every poll interval (a notification lost while reconnecting is caught
 * up within it). While that connection is down, nothing is known ({@link #current()} is empty) and
 * callers read the database as they did before. Started once the start-up sequence has made the
 * database ready ({@code startup.FollowDataRelease}), or by the first read that asks.
 */
@ApplicationScoped
public class DataVersionWatch {

    private static final Logger LOG = Logger.getLogger(DataVersionWatch.class);
    private static final String CHANNEL = "data_release";
    private static final String CURRENT = "SELECT version, changed_at, clock_timestamp() AS read_at FROM data_release WHERE id";
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final String url;
    private final String username;
    private final String password;
    private final Duration poll;
    private final AtomicReference<DataRelease> known = new AtomicReference<>();
    private final List<LongConsumer> followers = new CopyOnWriteArrayList<>();
    private final DataReleases releases;
    private final CountDownLatch followed = new CountDownLatch(1);
    private volatile boolean live;
    private volatile boolean transactionEnded;
    private volatile boolean stopped;
    private Thread listener;

    @Inject
    public DataVersionWatch(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String username,
                            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                            TrackerConfig config, DataReleases releases) {
        this.releases = releases;
        this.url = url;
        this.username = username;
        this.password = password.orElse(null);
        this.poll = config.readModel().pollInterval();
    }

    /**
     * The release this instance follows; empty while the watch is not connected (or not yet started).
     * After a transaction of this process has ended, the release is read first: a reader who has just
     * written through this instance (an import it ran, say) reads the data after the write at once,
     * without waiting for the write's notification.
     */
    public Optional<DataRelease> current() {
        start();
        if (!live) {
            return Optional.empty();
        }
        if (transactionEnded) {
            transactionEnded = false;
            try {
                advance(releases.current());
            } catch (SQLException unreachable) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(known.get());
    }

    /** The release followed, as known now (nothing read); empty while the watch is not connected. */
    public Optional<DataRelease> followed() {
        return live ? Optional.ofNullable(known.get()) : Optional.empty();
    }

    /** A transaction of this process has ended; it may have written. A flag only: it costs nothing to the transaction. */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        transactionEnded = true;
    }

    /**
     * A release read from the database by this instance (a write's response reads the release after its
     * commit): known at once, before its notification arrives, so that this instance's next read follows its own write.
     */
    public void observed(DataRelease release) {
        advance(release);
    }

    /**
     * Called with the new version each time the known release moves on (on the watch's thread, or on
     * the thread that observed it), and at once with the release already known, if any.
     */
    public void onChange(LongConsumer follower) {
        followers.add(follower);
        DataRelease already = known.get();
        if (already != null) {
            follower.accept(already.version());
        }
    }

    /**
     * Starts following and waits, at most {@code patience}, until the release is known: connecting takes
     * milliseconds; should it fail, the caller goes on and reads go to the database meanwhile.
     */
    public void startFollowing(Duration patience) throws InterruptedException {
        start();
        followed.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void start() {
        if (listener != null || stopped) {
            return;
        }
        listener = new Thread(this::listen, "data-release-watch");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        boolean failedBefore = false;
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                // Listening before reading: a change committed in between is both read here and notified.
                advance(read(connection));
                live = true;
                followed.countDown();
                if (failedBefore) {
                    LOG.info("Following the data release again.");
                    failedBefore = false;
                }
                while (!stopped) {
                    notifications.getNotifications((int) poll.toMillis());
                    advance(read(connection));
                }
            } catch (SQLException | RuntimeException e) {
                live = false;
                if (!failedBefore && !stopped) {
                    LOG.warnf("Cannot follow the data release (%s); reads go to the database until it is back.", e.getMessage());
                }
                failedBefore = true;
                Pause.sleep(RETRY);
            }
        }
    }

    private static DataRelease read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CURRENT); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("data_release has no row: migration V10 inserts it, and nothing deletes it");
            }
            return new DataRelease(row.getLong("version"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    row.getObject("read_at", OffsetDateTime.class).toInstant());
        }
    }

    /** Keeps the newest release; a release read later with the same version refreshes when it was read. */
    private void advance(DataRelease release) {
        DataRelease before = known.getAndAccumulate(release,
                (held, seen) -> held == null || seen.version() >= held.version() ? seen : held);
        if (before == null || release.version() > before.version()) {
            for (LongConsumer follower : followers) {
                follower.accept(release.version());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        live = false;
        Thread running;
        synchronized (this) {
            running = listener;
        }
        if (running != null) {
            running.interrupt();
        }
    }
}
