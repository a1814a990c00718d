package org.treatytracker.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A copy of the project's seeds folder that a test may alter without touching the real one. */
public final class SeedCopy {

    public static final Path SEEDS = Path.of("seeds");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path dir;

    private SeedCopy(Path dir) {
        this.dir = dir;
    }

    public static SeedCopy of(Path target) {
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(SEEDS.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return new SeedCopy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public JsonNode read(String file) {
        try {
            return YAML.readTree(dir.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, JsonNode content) {
        try {
            YAML.writeValue(dir.resolve(file).toFile(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the first claim (in file order) that matches, and writes the file back; returns its id. */
    public String editFirstClaim(String file, Predicate<JsonNode> which, java.util.function.Consumer<ObjectNode> edit) {
        JsonNode content = read(file);
        for (JsonNode claim : content.get("claims")) {
            if (which.test(claim)) {
                edit.accept((ObjectNode) claim);
                write(file, content);
                return claim.get("id").asText();
            }
        }
        throw new IllegalStateException("no matching claim in " + file);
    }

    /** All claim files of the real seeds, as trees. */
    public static Stream<JsonNode> realClaimFiles() {
        try (Stream<Path> files = Files.list(SEEDS.resolve("claims"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream().map(f -> {
                try {
                    return YAML.readTree(f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
