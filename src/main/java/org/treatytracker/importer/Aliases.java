package org.treatytracker.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An import's own names of parties ({@code --aliases FILE}): a YAML map from a party's code to the
 * names a file uses for it, in the shape of {@code state_aliases} in seeds/reference/parties.yaml,
 * so that an operator resolves a dataset's spellings without editing the checkout.
 */
public final class Aliases {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Aliases() {
    }

    public static Map<String, List<String>> read(Path file) {
        try {
            Map<String, List<String>> aliases = YAML.readValue(Files.readAllBytes(file), new TypeReference<>() {
            });
            return aliases == null ? Map.of() : aliases;
        } catch (IOException e) {
            throw new UsageException("aliases " + file + " is not a YAML map of codes to lists of names: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
