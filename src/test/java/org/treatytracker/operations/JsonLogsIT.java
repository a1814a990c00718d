package org.treatytracker.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatytracker.support.PackagedApp;

/** One setting turns the packaged service's log into one JSON object a line; by default it is text. */
class JsonLogsIT {

    @TempDir
    Path dir;

    @Test
    void oneSettingMakesEveryLogLineAJsonObject() throws Exception {
        assumeTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is built by the package phase: run ./mvnw verify");
        Path keys = dir.resolve("keys");
        PackagedApp json = new PackagedApp(Map.of("quarkus.log.console.json.enabled", "true"), dir);
        assertEquals(0, json.run("json", List.of("keygen", keys.toString()), Duration.ofMinutes(1)), () -> read(json, "json"));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : read(json, "json").lines().filter(l -> l.startsWith("{")).toList()) {
            lines.add(mapper.readTree(line));
        }
        assertFalse(lines.isEmpty(), "JSON log lines:\n" + read(json, "json"));
        for (JsonNode line : lines) {
            assertTrue(line.hasNonNull("timestamp") && line.hasNonNull("level") && line.hasNonNull("message")
                    && line.hasNonNull("loggerName"), line.toString());
        }

        PackagedApp text = new PackagedApp(Map.of(), dir);
        assertEquals(0, text.run("text", List.of("keygen", dir.resolve("keys2").toString()), Duration.ofMinutes(1)));
        assertTrue(read(text, "text").lines().noneMatch(l -> l.startsWith("{")), read(text, "text"));
        assertTrue(read(text, "text").contains(" INFO "), read(text, "text"));
    }

    private static String read(PackagedApp app, String name) {
        try {
            return app.output(name);
        } catch (java.io.IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
