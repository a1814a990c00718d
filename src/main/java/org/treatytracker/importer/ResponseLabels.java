package org.treatytracker.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.catalog.NameKey;

/**
 * A state's response to a UPR recommendation, normalised to {@code supported} or {@code noted}
 * (the raw label is kept beside it). "Accepted" is the older word for supported; "rejected", used
 * in early cycles, is counted as noted, as OHCHR has done since the Council's resolution 16/21.
 * "Pending" and an empty cell mean no response yet. Any other label is refused unless the mapping
 * names it.
 */
final class ResponseLabels {

    /** The normalised response; {@code none} is stored as no response. */
    enum Response { supported, noted, none }

    private static final Map<String, Response> BUILT_IN = new HashMap<>();

    static {
        put(Response.supported, "supported", "accepted", "accepté", "acceptée", "acceptées", "acceptés", "soutenue",
                "appuyée", "appuyé");
        put(Response.noted, "noted", "rejected", "rejeté", "rejetée", "notée", "noté", "pris note", "prise en note");
        put(Response.none, "", "pending", "no response", "en attente");
    }

    private final Map<String, Response> extra = new HashMap<>();

    ResponseLabels(Map<String, String> labels) {
        labels.forEach((label, response) -> {
            try {
                extra.put(label, Response.valueOf(response));
            } catch (IllegalArgumentException e) {
                throw new UsageException("responses: '" + response + "' (for label '" + label
                        + "') is not supported, noted or none");
            }
        });
    }

    Optional<Response> of(String label) {
        Response mapped = extra.get(label);
        return Optional.ofNullable(mapped != null ? mapped : BUILT_IN.get(NameKey.of(label)));
    }

    private static void put(Response response, String... labels) {
        for (String label : labels) {
            BUILT_IN.put(NameKey.of(label), response);
        }
    }
}
