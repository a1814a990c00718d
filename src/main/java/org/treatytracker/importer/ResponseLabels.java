package org.treatytracker.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.catalog.NameKey;
import org.treatytracker.upr.UprResponse;

/**
 * A state's response to a UPR recommendation, normalised to {@code supported} or {@code noted}
 * (the raw label is kept beside it). "Accepted" is the older word for supported; "rejected", used
 * in early cycles, is counted as noted, as OHCHR has done since the Council's resolution 16/21.
 * "Pending" and an empty cell mean no response yet. Any other label is refused unless the mapping
 * names it.
 */
final class ResponseLabels {

    /** What a label says: a response, or (a null response) that there is none yet. */
    record Said(UprResponse response) {
        static final Said NONE = new Said(null);
        static final String NONE_NAME = "none";

        /** The response's name as stored, null for none. */
        String stored() {
            return response == null ? null : response.name();
        }
    }

    private static final Map<String, Said> BUILT_IN = new HashMap<>();

    static {
        put(UprResponse.supported, "supported", "accepted", "accepté", "acceptée", "acceptées", "acceptés", "soutenue",
                "appuyée", "appuyé");
        put(UprResponse.noted, "noted", "rejected", "rejeté", "rejetée", "notée", "noté", "pris note", "prise en note");
        put(null, "", "pending", "no response", "en attente");
    }

    private final Map<String, Said> extra = new HashMap<>();

    ResponseLabels(Map<String, String> labels) {
        labels.forEach((label, response) -> {
            Optional<UprResponse> named = UprResponse.named(response);
            if (named.isEmpty() && !Said.NONE_NAME.equals(response)) {
                throw new UsageException("responses: '" + response + "' (for label '" + label
                        + "') is not supported, noted or none");
            }
            extra.put(label, named.map(Said::new).orElse(Said.NONE));
        });
    }

    Optional<Said> of(String label) {
        Said mapped = extra.get(label);
        return Optional.ofNullable(mapped != null ? mapped : BUILT_IN.get(NameKey.of(label)));
    }

    private static void put(UprResponse response, String... labels) {
        for (String label : labels) {
            BUILT_IN.put(NameKey.of(label), response == null ? Said.NONE : new Said(response));
        }
    }
}
