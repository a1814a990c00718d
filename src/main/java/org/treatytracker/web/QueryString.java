package org.treatytracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A query string from named values, in the map's order: null values left out, the others URL-encoded. */
public final class QueryString {

    private QueryString() {
    }

    /** {@code a=1&b=x%2Cy}; empty when every value is null. */
    public static String of(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
