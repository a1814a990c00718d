package org.treatytracker.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a generic CSV's columns map onto the tracker's fields: a small YAML file, and/or
 * {@code --column field=Header} options, which win. See docs/importers.md for the fields.
 *
 * @param columns    field name to the header of the column holding it
 * @param separators field name to the separator of several values in one cell (themes, recommending states)
 * @param language   the language of every row's text, when no column gives it
 * @param dateFormat a java.time pattern for dates, when they are neither ISO nor dd/mm/yyyy
 * @param actions    extra labels of treaty actions (label to action type)
 * @param responses  extra labels of UPR responses (label to supported or noted)
 * @param delimiter  the field delimiter, one character (default comma)
 * @param statuses   extra labels of a status table's statuses (label to party, signatory or no_action)
 */
public record Mapping(
        Map<String, String> columns,
        Map<String, String> separators,
        String language,
        String dateFormat,
        Map<String, String> actions,
        Map<String, String> responses,
        String delimiter,
        Map<String, String> statuses) {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Mapping {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        separators = separators == null ? Map.of() : Map.copyOf(separators);
        actions = actions == null ? Map.of() : Map.copyOf(actions);
        responses = responses == null ? Map.of() : Map.copyOf(responses);
        statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
        if (delimiter != null && delimiter.length() != 1) {
            throw new UsageException("delimiter must be one character, not '" + delimiter + "'");
        }
    }

    /** A mapping without status labels (for the formats other than status tables). */
    public Mapping(Map<String, String> columns, Map<String, String> separators, String language, String dateFormat,
                   Map<String, String> actions, Map<String, String> responses, String delimiter) {
        this(columns, separators, language, dateFormat, actions, responses, delimiter, null);
    }

    public static Mapping empty() {
        return new Mapping(null, null, null, null, null, null, null, null);
    }

    public static Mapping read(Path file) {
        try {
            Mapping mapping = YAML.readValue(Files.readAllBytes(file), Mapping.class);
            return mapping == null ? empty() : mapping;
        } catch (IOException e) {
            throw new UsageException("mapping " + file + " is not valid: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** This mapping with {@code field=Header} pairs from the command line added (they win). */
    public Mapping withColumns(List<String> pairs) {
        Map<String, String> merged = new LinkedHashMap<>(columns);
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new UsageException("--column takes field=Header, not '" + pair + "'");
            }
            merged.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return new Mapping(merged, separators, language, dateFormat, actions, responses, delimiter, statuses);
    }

    /** This mapping with the language of every row's text set (the command line's --language wins). */
    public Mapping withLanguage(String code) {
        return code == null ? this : new Mapping(columns, separators, code, dateFormat, actions, responses, delimiter, statuses);
    }

    /** Checks that every named field is one the importer knows, and that the required ones are mapped. */
    public void check(Set<String> known, Set<String> required) {
        for (String field : columns.keySet()) {
            if (!known.contains(field)) {
                throw new UsageException("unknown field '" + field + "' in the column mapping; fields are " + known);
            }
        }
        for (String field : separators.keySet()) {
            if (!known.contains(field)) {
                throw new UsageException("unknown field '" + field + "' in separators; fields are " + known);
            }
        }
        for (String field : required) {
            if (!columns.containsKey(field)) {
                throw new UsageException("the mapping gives no column for '" + field + "' (required: " + required + ")");
            }
        }
    }

    public char delimiterChar() {
        return delimiter == null ? ',' : delimiter.charAt(0);
    }
}
