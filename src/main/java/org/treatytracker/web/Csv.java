package org.treatytracker.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) for tabular endpoints: one header row, then one row per item, the same columns as
 * the JSON items. Chosen with {@code format=csv} or an {@code Accept} naming text/csv.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula (CSV injection): such a text cell goes out with a single quote in front, as OWASP advises.
 * Numbers are never text cells here ({@link Number} values, and a JSON item's numbers), so -1 stays -1.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** First characters that make a spreadsheet cell a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** Whether the client asked for CSV: {@code format} wins; otherwise the Accept header decides. */
    public static boolean wanted(String format, HttpHeaders headers) {
        return wanted(format, headers.getRequestHeader(HttpHeaders.ACCEPT));
    }

    /** The same, from the raw Accept header values (as a response filter sees them). */
    static boolean wanted(String format, List<String> accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.badRequest("format '" + Codes.printable(format) + "' is not csv or json.");
            };
        }
        return accept != null && accept.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .anyMatch(MEDIA_TYPE::equals);
    }

    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8;header=present";

    public static Response response(List<String> columns, List<List<?>> rows) {
        return Response.ok(text(columns, rows), CONTENT_TYPE).build();
    }

    static String text(List<String> columns, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> values) {
        csv.append(line(values));
    }

    /** One CSV record, CRLF-terminated, for writers that stream rows as they come. */
    public static String line(List<?> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value instanceof Number || value instanceof Boolean ? value.toString()
                : inert(value.toString());
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A text a spreadsheet will show, not run. */
    static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
