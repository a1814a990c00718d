package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.PackagedApp;

/**
 * The packaged application's command line with a database that cannot be reached: help and a
 * wrong command are answered without it, with the exit status README gives. Runs in failsafe,
 * after the package phase has built the application.
 */
class CommandLineIT {

    @TempDir
    Path dir;

    private PackagedApp app;

    @BeforeEach
    void unreachableDatabase() throws IOException {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        app = new PackagedApp(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/treaty_tracker"), dir);
    }

    @Test
    void helpExitsZeroWithoutTheDatabase() throws Exception {
        assertEquals(0, app.run("help", List.of("--help"), Duration.ofMinutes(1)), () -> output("help"));
        assertTrue(output("help").contains("Usage: treaty-tracker [-h] [COMMAND]"), output("help"));
        assertFalse(output("help").contains("Start-up failed"), output("help"));

        List<String> importHelp = List.of("import", "upr-recommendations", "-h");
        assertEquals(0, app.run("import-help", importHelp, Duration.ofMinutes(1)), () -> output("import-help"));
        assertTrue(output("import-help").contains("Usage: treaty-tracker import upr-recommendations [OPTIONS] FILE"),
                output("import-help"));
    }

    @Test
    void aWrongCommandExitsTwoWithoutTheDatabase() throws Exception {
        assertEquals(2, app.run("wrong", List.of("frobnicate"), Duration.ofMinutes(1)), () -> output("wrong"));
        assertTrue(output("wrong").contains("treaty-tracker: Unmatched argument at index 0: 'frobnicate'\nUsage: treaty-tracker"),
                output("wrong"));
        assertFalse(output("wrong").contains("Start-up failed"), output("wrong"));
    }

    private String output(String name) {
        try {
            return app.output(name);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
