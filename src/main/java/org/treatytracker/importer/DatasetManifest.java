package org.treatytracker.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code datasets/datasets.yaml}: the shipped datasets, in sets of files that share a format, a
 * mapping and the record's date, completeness and origin.
 */
public record DatasetManifest(List<FileSet> sets) {

    static final String FILE = "datasets.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    public DatasetManifest {
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /**
     * @param datasetPrefix the files' dataset keys are this and the file's treaty ("untc-status-CAT")
     * @param mapping       relative to the datasets folder; none for formats that need none
     */
    public record FileSet(String datasetPrefix, String format, String mapping, LocalDate asOf, boolean complete,
                          String title, String publisher, String url, LocalDate retrievedOn, List<Entry> files) {

        public FileSet {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** @param file relative to the datasets folder */
    public record Entry(String file, String treaty) {
    }

    static DatasetManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            DatasetManifest manifest = YAML.readValue(Files.readAllBytes(file), DatasetManifest.class);
            return manifest == null ? new DatasetManifest(List.of()) : manifest;
        } catch (IOException e) {
            throw new DatasetLoadException(List.of(file + " is not a valid manifest: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
