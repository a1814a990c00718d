package org.treatytracker.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app) run in a JVM of its own, as an operator runs it:
 * configured only by the settings given, with no datasource URL from the environment.
 */
public final class PackagedApp {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Map<String, String> settings;
    private final Path logs;
    private final boolean http;

    /** {@code settings}: configuration given as system properties, such as the datasource. Commands: no HTTP. */
    public PackagedApp(Map<String, String> settings, Path logs) {
        this(settings, logs, false);
    }

    private PackagedApp(Map<String, String> settings, Path logs, boolean http) {
        this.settings = settings;
        this.logs = logs;
        this.http = http;
    }

    /** The same application serving HTTP (the service itself, not a command). */
    public PackagedApp serving() {
        return new PackagedApp(settings, logs, true);
    }

    /** Starts {@code args}, its output going to a log file named after {@code name}. */
    public Process start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m"));
        if (!http) {
            command.add("-Dquarkus.http.host-enabled=false");
        }
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        return builder.start();
    }

    /** Runs {@code args} to the end and returns the exit status. */
    public int run(String name, List<String> args, Duration patience) throws IOException, InterruptedException {
        Process process = start(name, args);
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " still runs after " + patience + ":\n" + output(name));
        }
        return process.exitValue();
    }

    public String output(String name) throws IOException {
        return Files.readString(log(name), StandardCharsets.UTF_8);
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }
}
