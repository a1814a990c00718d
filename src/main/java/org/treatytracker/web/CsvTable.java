package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A list's JSON items as CSV rows, so the two formats cannot drift: nested objects become dotted
 * columns ({@code names.en}), lists of values are joined with " | ", and lists of objects (such as
 * {@code provenance}) are kept whole as compact JSON in their cell, so no evidence is lost.
 */
final class CsvTable {

    private CsvTable() {
    }

    static String of(ObjectMapper json, List<?> items) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row, json);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        List<String> header = List.copyOf(columns);
        List<List<?>> values = rows.stream().<List<?>>map(row -> header.stream().map(row::get).toList()).toList();
        return Csv.text(header, values);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> row, ObjectMapper json) {
        node.properties().forEach(field -> {
            String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name, field.getValue(), row, json);
            } else {
                row.put(name, cell(field.getValue(), json));
            }
        });
    }

    /** A cell's value: a number or true/false as such (never taken for a formula), anything else as text. */
    private static Object cell(JsonNode value, ObjectMapper json) {
        if (value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            boolean scalars = StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
            if (scalars) {
                return String.join(" | ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
            }
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serialises", e);
            }
        }
        if (value.isNumber()) {
            // A tree node holds decimals stripped of trailing zeros (20 as 2E+1): Csv writes them plainly.
            return value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue();
        }
        return value.isBoolean() ? value.booleanValue() : value.asText();
    }
}
