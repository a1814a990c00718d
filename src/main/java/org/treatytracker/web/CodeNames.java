package org.treatytracker.web;

import java.util.Map;

/**
 * The catalog's English names of parties (states and organisations, by code and by ISO 3166-1 alpha-3)
 * and of treaties (by code), for the name columns CSV exports put beside codes. A snapshot, read once
 * per export.
 */
public record CodeNames(Map<String, String> parties, Map<String, String> treaties) {

    public static final CodeNames NONE = new CodeNames(Map.of(), Map.of());

    public CodeNames {
        parties = Map.copyOf(parties);
        treaties = Map.copyOf(treaties);
    }

    /** The name of a code of this kind; null when the catalog has none. */
    public String of(CsvColumn.Coded kind, String code) {
        return switch (kind) {
            case state -> parties.get(code);
            case treaty -> treaties.get(code);
            case state_or_treaty -> parties.getOrDefault(code, treaties.get(code));
            case none -> null;
        };
    }

    /** Where the names come from: the catalog, read by its own feature. */
    public interface Source {
        CodeNames current();
    }
}
