package org.treatytracker.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The columns of one CSV export and how each cell is read from an item (as its JSON has it), so that
 * the CSV, its codebook and the JSON cannot drift: a record's components are its columns, in order, named as the
 * JSON names them; a nested record's are dotted columns ({@code names.en}); a list of values is one
 * cell, joined with " | "; a list of objects or free-form JSON is one cell of compact JSON. Beside a
 * date goes its precision ({@code <date>_precision}, unless the record has it already), beside a code
 * its catalog name ({@code <code>_name}, {@code <codes>_names} for a list), as {@link CsvColumn} says.
 * Every component carries a {@link CsvColumn}: an undescribed column is a mistake caught at its first use.
 */
public final class ExportColumns {

    private static final Map<Class<?>, ExportColumns> OF_TYPE = new ConcurrentHashMap<>();
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final String SEPARATOR = " | ";

    /** How a cell is read from an item; null for columns whose rows the export writes itself. */
    private interface Reader {
        Object read(Object item, CodeNames names, ObjectMapper json);
    }

    private final List<ExportColumn> columns;
    private final List<Reader> readers;

    private ExportColumns(List<ExportColumn> columns, List<Reader> readers) {
        this.columns = List.copyOf(columns);
        this.readers = readers;
    }

    /** The columns of a record type's items. */
    public static ExportColumns of(Class<?> record) {
        return OF_TYPE.computeIfAbsent(record, type -> {
            List<ExportColumn> columns = new ArrayList<>();
            List<Reader> readers = new ArrayList<>();
            walk(type, "", item -> item, columns, readers);
            return new ExportColumns(columns, readers);
        });
    }

    /** Columns an export writes itself, row by row ({@link #quoted()} still applies). */
    public static ExportColumns written(List<ExportColumn> columns) {
        return new ExportColumns(columns, null);
    }

    public List<ExportColumn> columns() {
        return columns;
    }

    public List<String> names() {
        return columns.stream().map(ExportColumn::name).toList();
    }

    /** The same columns in another order: {@code order} names each column once. */
    public ExportColumns ordered(List<String> order) {
        if (order.size() != columns.size() || !order.containsAll(names())) {
            throw new IllegalArgumentException("not an order of " + names() + ": " + order);
        }
        List<ExportColumn> sorted = new ArrayList<>();
        List<Reader> sortedReaders = new ArrayList<>();
        for (String name : order) {
            int at = names().indexOf(name);
            sorted.add(columns.get(at));
            sortedReaders.add(readers == null ? null : readers.get(at));
        }
        return new ExportColumns(sorted, readers == null ? null : sortedReaders);
    }

    /** The same columns with these first, as an export whose rows lead with keys of their own. */
    public ExportColumns after(List<ExportColumn> leading) {
        List<ExportColumn> all = new ArrayList<>(leading);
        all.addAll(columns);
        return written(all);
    }

    public boolean[] quoted() {
        boolean[] quoted = new boolean[columns.size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = columns.get(i).quoted();
        }
        return quoted;
    }

    /** One item's cells, each as the item's JSON has it. */
    public List<Object> row(Object item, CodeNames names, ObjectMapper json) {
        if (readers == null) {
            throw new IllegalStateException("these columns are written by their export: " + names());
        }
        List<Object> row = new ArrayList<>(readers.size());
        for (Reader reader : readers) {
            row.add(reader.read(item, names, json));
        }
        return row;
    }

    /** Starts this export on {@code out}: its header row, then {@link CsvWriter#row} for each item. */
    public CsvWriter writer(Writer out) throws IOException {
        return CsvWriter.to(out, names(), quoted());
    }

    /** The whole table of these items as text. */
    public String table(List<?> items, CodeNames names, ObjectMapper json) {
        StringWriter text = new StringWriter();
        try (CsvWriter table = writer(text)) {
            for (Object item : items) {
                table.row(row(item, names, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return text.toString();
    }

    /** The whole table of rows an export made itself. */
    public String table(List<? extends List<?>> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter table = writer(text)) {
            for (List<?> row : rows) {
                table.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return text.toString();
    }

    private static void walk(Class<?> type, String prefix, Function<Object, Object> parent, List<ExportColumn> columns,
                             List<Reader> readers) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record: CSV columns come from a record's components");
        }
        List<String> jsonNames = Arrays.stream(components).map(c -> SNAKE.translate(c.getName())).toList();
        for (RecordComponent component : components) {
            if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            CsvColumn doc = component.getAnnotation(CsvColumn.class);
            if (doc != null && !doc.csv()) {
                continue;
            }
            String jsonName = SNAKE.translate(component.getName());
            String name = prefix + jsonName;
            Function<Object, Object> at = value(parent, component);
            Class<?> raw = component.getType();
            if (raw.isRecord()) {
                // a nested record's columns are its components', each described
                walk(raw, name + ".", at, columns, readers);
                continue;
            }
            if (doc == null) {
                throw new IllegalStateException(type.getName() + "." + component.getName()
                        + " has no @CsvColumn: every column of a CSV export is described in the codebook");
            }
            ColumnType columnType = typeOf(component, doc);
            String empty = raw.isPrimitive() ? "" : doc.empty();
            columns.add(new ExportColumn(name, columnType, vocabulary(raw, doc), empty, doc.value(),
                    doc.quoted() || columnType == ColumnType.list));
            readers.add((item, names, json) -> cell(at.apply(item), json));
            if (columnType == ColumnType.date && !jsonNames.contains(jsonName + "_precision")) {
                columns.add(ExportColumn.precisionOf(name, !empty.isEmpty()));
                readers.add((item, names, json) -> at.apply(item) instanceof String date ? ExportColumn.precisionOf(date) : null);
            }
            if (doc.coded() != CsvColumn.Coded.none) {
                columns.add(namesColumn(name, columnType, doc, !empty.isEmpty()));
                readers.add((item, names, json) -> namesOf(at.apply(item), doc.coded(), names));
            }
        }
    }

    private static ExportColumn namesColumn(String name, ColumnType type, CsvColumn doc, boolean codeMayBeEmpty) {
        String what = switch (doc.coded()) {
            case state -> "state (or organisation)";
            case treaty -> "treaty";
            case state_or_treaty -> "state or treaty";
            case none -> throw new IllegalArgumentException("no code");
        };
        if (type == ColumnType.list) {
            String singular = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                    : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            return new ExportColumn(singular + "_names", ColumnType.list, List.of(),
                    codeMayBeEmpty ? "`" + name + "` is empty" : "",
                    "The catalog's English name of each " + what + " in `" + name
                            + "`, in the same order; a code the catalog has no name for leaves its place empty.", true);
        }
        return new ExportColumn(name + "_name", ColumnType.string, List.of(),
                (codeMayBeEmpty ? "`" + name + "` is empty, or " : "") + "the catalog has no English name for the code",
                "The catalog's English name of the " + what + " whose code is in `" + name + "`.", false);
    }

    private static Object namesOf(Object codes, CsvColumn.Coded kind, CodeNames names) {
        if (codes instanceof String code) {
            return names.of(kind, code);
        }
        if (codes instanceof Collection<?> list) {
            List<String> found = new ArrayList<>();
            list.forEach(code -> {
                String name = names.of(kind, code.toString());
                found.add(name == null ? "" : name);
            });
            return String.join(SEPARATOR, found);
        }
        return null;
    }

    /** The component's value in an item, through its parents; null when a parent is null. */
    private static Function<Object, Object> value(Function<Object, Object> parent, RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return item -> {
            Object owner = parent.apply(item);
            if (owner == null) {
                return null;
            }
            try {
                return accessor.invoke(owner);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("reading " + component + " of " + owner, e);
            }
        };
    }

    private static ColumnType typeOf(RecordComponent component, CsvColumn doc) {
        Class<?> raw = component.getType();
        if (doc.date()) {
            if (raw != String.class) {
                throw new IllegalStateException(component + ": a date column holds the ISO text");
            }
            return ColumnType.date;
        }
        if (raw == String.class || raw.isEnum()) {
            return ColumnType.string;
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class || raw == BigInteger.class) {
            return ColumnType.integer;
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return ColumnType.decimal;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return ColumnType.boolean_;
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return ColumnType.datetime;
        }
        if (raw == LocalDate.class) {
            return ColumnType.date;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = component.getGenericType() instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : Object.class;
            return element instanceof Class<?> c && (c == String.class || Number.class.isAssignableFrom(c) || c.isEnum())
                    ? ColumnType.list : ColumnType.json;
        }
        if (JsonNode.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return ColumnType.json;
        }
        throw new IllegalStateException(component + ": no CSV column type for " + raw.getName());
    }

    private static List<String> vocabulary(Class<?> raw, CsvColumn doc) {
        Class<?> named = raw.isEnum() ? raw : doc.vocabulary() != CsvColumn.None.class ? doc.vocabulary() : null;
        if (named != null) {
            return Arrays.stream(named.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
        }
        return List.of(doc.values());
    }

    /**
     * A cell's value as the JSON has it: a number or true/false as such (never taken for a formula), a
     * decimal stripped of trailing zeros as a JSON tree holds it, a list of values joined, an enum by its
     * name; anything else (a list of objects, free-form JSON, an instant) as Jackson writes it.
     */
    private static Object cell(Object value, ObjectMapper json) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(ExportColumns::isScalar)) {
            return String.join(SEPARATOR, list.stream().map(e -> e instanceof Enum<?> c ? c.name() : e.toString()).toList());
        }
        return tree(json.valueToTree(value), json);
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>;
    }

    private static Object tree(JsonNode value, ObjectMapper json) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            boolean scalars = value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
            return scalars ? String.join(SEPARATOR, StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList())
                    : compact(value, json);
        }
        return value.isNumber() ? value.decimalValue() : value.isBoolean() ? value.booleanValue() : value.asText();
    }

    private static String compact(JsonNode value, ObjectMapper json) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
