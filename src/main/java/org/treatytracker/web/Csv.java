package org.treatytracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;

/**
 * CSV for tabular endpoints, the same columns as the JSON items: its media type, whether a request asks
 * for it ({@code format=csv}, or an {@code Accept} naming text/csv), and a table as a response. The
 * bytes are {@link CsvWriter}'s.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Whether the client asked for CSV: {@code format} wins; otherwise the Accept header values decide. */
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

    /** A table an export wrote row by row, in the columns its codebook entry names. */
    public static Response response(ExportColumns columns, List<? extends List<?>> rows, Bom bom) {
        return Response.ok(bom.body(columns.table(rows)), CONTENT_TYPE).build();
    }
}
