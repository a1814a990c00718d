package org.treatytracker.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of one test run's own, made and driven with Debian's postgresql-common
 * tools (pg_createcluster, pg_ctlcluster, pg_dropcluster). Stopping it cuts off nothing but the
 * application under test: the server on 5432 is shared with other builds and is never touched.
 */
final class DebianCluster {

    static final String NAME_PREFIX = "tt_faults_";
    private static final Path CREATE = Path.of("/usr/bin/pg_createcluster");
    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final Path CONFIGURED = Path.of("/etc/postgresql");
    private static final Pattern ID = Pattern.compile("(\\d+)/([a-z0-9_]+):(\\d+)");
    private static final Pattern OURS = Pattern.compile(Pattern.quote(NAME_PREFIX) + "(\\d+)(_replica)?");

    private final String version;
    private final String name;
    private final int port;

    private DebianCluster(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    /** Why this machine cannot make a cluster of its own, if it cannot. */
    static Optional<String> unavailableBecause() {
        if (!Files.isExecutable(CREATE)) {
            return Optional.of(CREATE + " not found: the database-restart test needs Debian's postgresql-common"
                    + " to make a PostgreSQL cluster it may stop without disturbing the shared server");
        }
        String user = System.getProperty("user.name");
        if (!user.equals("root") && !user.equals("postgres")) {
            return Optional.of("pg_createcluster needs root or postgres to make a cluster; the build runs as " + user);
        }
        if (newestVersion().isEmpty()) {
            return Optional.of("no PostgreSQL server under " + INSTALLED);
        }
        return Optional.empty();
    }

    /** Makes (but does not start) a cluster on a free port; the server trusts local connections. */
    static DebianCluster create(String name) {
        String version = newestVersion().orElseThrow(() -> new IllegalStateException("no PostgreSQL under " + INSTALLED));
        DebianCluster cluster = new DebianCluster(version, name, freePort());
        // manual: a cluster a killed build leaves behind is not started at the next boot.
        run("pg_createcluster", version, name, "-p", String.valueOf(cluster.port), "--start-conf", "manual",
                "--", "--auth=trust");
        return cluster;
    }

    /** The cluster an {@link #id()} names. */
    static DebianCluster of(String id) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a cluster id: " + id);
        }
        return new DebianCluster(parts.group(1), parts.group(2), Integer.parseInt(parts.group(3)));
    }

    /**
     * Drops clusters of earlier runs whose JVM died before it could drop them: its pid is gone, or
     * is ours now (reused after a reboot), since this JVM has not made its cluster yet.
     */
    static void dropLeftovers() {
        long self = ProcessHandle.current().pid();
        for (String version : children(CONFIGURED)) {
            for (String cluster : children(CONFIGURED.resolve(version))) {
                Matcher ours = OURS.matcher(cluster);
                if (ours.matches() && (Long.parseLong(ours.group(1)) == self
                        || ProcessHandle.of(Long.parseLong(ours.group(1))).isEmpty())) {
                    run("pg_dropcluster", "--stop", version, cluster);
                }
            }
        }
    }

    String id() {
        return version + "/" + name + ":" + port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Makes this (new, stopped) cluster a streaming replica of {@code primary}: its data directory is
     * replaced by a base backup of the running primary that, started, follows it (standby.signal and
     * primary_conninfo written by pg_basebackup -R). The files belong to postgres, as the server runs as it.
     */
    void replicate(DebianCluster primary) {
        Path data = Path.of("/var/lib/postgresql", version, name);
        run("rm", "-rf", data.toString());
        run("install", "-d", "-o", "postgres", "-g", "postgres", "-m", "700", data.toString());
        run("runuser", "-u", "postgres", "--", INSTALLED.resolve(version).resolve("bin/pg_basebackup").toString(),
                "-h", "127.0.0.1", "-p", String.valueOf(primary.port), "-U", "postgres", "-D", data.toString(),
                "-R", "-X", "stream", "-c", "fast");
    }

    /** Runs one SQL statement as postgres on this cluster (psql). */
    void sql(String statement) {
        run("psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres", "-tAc", statement);
    }

    /** Starts the server and returns once it accepts connections. */
    void start() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
    }

    /** Fast shutdown, as a restart does it: open transactions are rolled back, connections cut. */
    void stopFast() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "stop", "-m", "fast");
    }

    void drop() {
        run("pg_dropcluster", "--stop", version, name);
    }

    private static Optional<String> newestVersion() {
        return children(INSTALLED).stream()
                .filter(v -> v.matches("\\d+") && Files.isExecutable(INSTALLED.resolve(v).resolve("bin/postgres")))
                .max(Comparator.comparingInt(Integer::parseInt));
    }

    private static List<String> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        String line = String.join(" ", command);
        try {
            Path output = Files.createTempFile("pg-cluster-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(line + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(line + " exited " + process.exitValue() + ": "
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
