package org.treatytracker.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.catalog.NameKey;
import org.treatytracker.ratification.TreatyAction;

/**
 * Labels of treaty actions in exports: the action types themselves and their usual English and
 * French forms; a mapping may add its own (the UN Treaty Collection's "a" for accession, say, which
 * differs from "A" for acceptance, so the mapping's labels are matched exactly, before these).
 */
final class ActionLabels {

    private static final Map<String, TreatyAction.Type> BUILT_IN = new HashMap<>();

    static {
        for (TreatyAction.Type type : TreatyAction.Type.values()) {
            BUILT_IN.put(NameKey.of(type.name()), type);
        }
        put(TreatyAction.Type.signature, "signed", "signé", "signee");
        put(TreatyAction.Type.ratification, "ratified", "ratifié");
        put(TreatyAction.Type.accession, "acceded", "adhésion", "adhéré");
        put(TreatyAction.Type.succession, "succeeded");
        put(TreatyAction.Type.acceptance, "accepted");
        put(TreatyAction.Type.approval, "approved", "approbation");
        put(TreatyAction.Type.consent_to_be_bound, "ratification/accession", "ratification or accession");
        put(TreatyAction.Type.denunciation, "denounced", "dénonciation");
    }

    private final Map<String, String> extra;

    ActionLabels(Map<String, String> extra) {
        for (var entry : extra.entrySet()) {
            try {
                TreatyAction.Type.valueOf(entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new UsageException("actions: '" + entry.getValue() + "' (for label '" + entry.getKey()
                        + "') is not an action type");
            }
        }
        this.extra = extra;
    }

    Optional<TreatyAction.Type> of(String label) {
        String mapped = extra.get(label);
        if (mapped != null) {
            return Optional.of(TreatyAction.Type.valueOf(mapped));
        }
        return Optional.ofNullable(BUILT_IN.get(NameKey.of(label)));
    }

    private static void put(TreatyAction.Type type, String... labels) {
        for (String label : labels) {
            BUILT_IN.put(NameKey.of(label), type);
        }
    }
}
