package org.treatytracker.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.catalog.NameKey;

/**
 * Labels of a state's status in a status table: {@code party}, {@code signatory} and
 * {@code no_action}, in their usual English forms ("state party", "signatory state", "no action");
 * a mapping's {@code statuses} add labels of its own, matched exactly, before these.
 */
final class StatusLabels {

    /** What a row says of its state. */
    enum Listed { party, signatory, no_action }

    private static final Map<String, Listed> BUILT_IN = new HashMap<>();

    static {
        for (Listed status : Listed.values()) {
            BUILT_IN.put(NameKey.of(status.name()), status);
        }
        put(Listed.party, "state party", "party", "states parties", "ratified", "ratification/accession");
        put(Listed.signatory, "signatory state", "signatory", "signed", "signature");
        put(Listed.no_action, "no action", "none");
    }

    private final Map<String, String> extra;

    StatusLabels(Map<String, String> extra) {
        extra.forEach((label, status) -> {
            if (Arrays.stream(Listed.values()).noneMatch(listed -> listed.name().equals(status))) {
                throw new UsageException("statuses: '" + status + "' (for label '" + label + "') is not one of "
                        + Arrays.toString(Listed.values()));
            }
        });
        this.extra = extra;
    }

    Optional<Listed> of(String label) {
        String mapped = extra.get(label);
        if (mapped != null) {
            return Optional.of(Listed.valueOf(mapped));
        }
        return Optional.ofNullable(BUILT_IN.get(NameKey.of(label)));
    }

    private static void put(Listed status, String... labels) {
        for (String label : labels) {
            BUILT_IN.put(NameKey.of(label), status);
        }
    }
}
