package org.treatytracker.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application (target/quarkus-app) run as a command in a JVM of its own, as an operator runs it. */
final class PackagedApp {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Map<String, String> settings;
    private final Path logs;

    /** {@code settings}: configuration given as system properties, such as the datasource. */
    PackagedApp(Map<String, String> settings, Path logs) {
        this.settings = settings;
        this.logs = logs;
    }

    /** Starts {@code args}, its output going to a log file named after {@code name}. */
    Process start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Dquarkus.http.host-enabled=false"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    }

    /** Runs {@code args} to the end and returns the exit status. */
    int run(String name, List<String> args, Duration patience) throws IOException, InterruptedException {
        Process process = start(name, args);
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " still runs after " + patience + ":\n" + output(name));
        }
        return process.exitValue();
    }

    String output(String name) throws IOException {
        return Files.readString(log(name), StandardCharsets.UTF_8);
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }
}
