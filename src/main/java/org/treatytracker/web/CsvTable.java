package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A list's JSON items as CSV rows, so the two formats cannot drift: nested records become dotted
 * columns ({@code names.en}), lists of values are joined with " | ", and lists of objects (such as
 * {@code provenance}) and free-form JSON are kept whole as compact JSON in their cell, so no
 * evidence is lost. With the items' type known, the columns are the type's, whatever the list holds.
 */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * @param itemType the items' declared type, when known: its columns come first and are there even
     *                 when the list is empty or a nested object is null in every row, so that a list's
     *                 CSV has the same header whatever it holds
     */
    static String of(ObjectMapper json, List<?> items, Type itemType) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        Set<String> objects = itemType == null ? null : new HashSet<>();
        if (itemType != null) {
            columns(json, "", json.constructType(itemType), columns, objects, new HashSet<>());
        }
        for (Object item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row, json, objects);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        List<String> header = List.copyOf(columns);
        List<List<?>> values = rows.stream().<List<?>>map(row -> header.stream().map(row::get).toList()).toList();
        return CsvWriter.table(header, values);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> row, ObjectMapper json,
                                Set<String> objects) {
        node.properties().forEach(field -> {
            String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            // Free-form JSON (an audit entry's before and after) stays one cell: its keys would make
            // the columns depend on what the list holds.
            if (field.getValue().isObject() && (objects == null || objects.contains(name))) {
                flatten(name, field.getValue(), row, json, objects);
            } else if (!(field.getValue().isNull() && objects != null && objects.contains(name))) {
                // a null nested object leaves its dotted columns empty, rather than adding one of its own name
                row.put(name, cell(field.getValue(), json));
            }
        });
    }

    /**
     * The columns a value of {@code type} makes, as {@link #flatten} names them: a record-typed property
     * is its dotted columns (collected in {@code objects}); any other (text, numbers, dates, lists,
     * free-form JSON) is one column.
     */
    private static void columns(ObjectMapper json, String prefix, JavaType type, Set<String> into, Set<String> objects,
                                Set<Class<?>> open) {
        BeanDescription bean = json.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            String name = prefix.isEmpty() ? property.getName() : prefix + "." + property.getName();
            JavaType propertyType = property.getPrimaryType();
            if (isNested(propertyType) && open.add(propertyType.getRawClass())) {
                objects.add(name);
                columns(json, name, propertyType, into, objects, open);
                open.remove(propertyType.getRawClass());
            } else {
                into.add(name);
            }
        }
    }

    private static String compact(JsonNode value, ObjectMapper json) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static boolean isNested(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw.isRecord() && !type.isContainerType();
    }

    /** A cell's value: a number or true/false as such (never taken for a formula), anything else as text. */
    private static Object cell(JsonNode value, ObjectMapper json) {
        if (value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            return compact(value, json);
        }
        if (value.isArray()) {
            boolean scalars = StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
            if (scalars) {
                return String.join(" | ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
            }
            return compact(value, json);
        }
        if (value.isNumber()) {
            // A tree node holds decimals stripped of trailing zeros (20 as 2E+1): CsvWriter writes them plainly.
            return value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue();
        }
        return value.isBoolean() ? value.booleanValue() : value.asText();
    }
}
