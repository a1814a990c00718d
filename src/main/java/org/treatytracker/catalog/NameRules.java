package org.treatytracker.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a name given by a source or a writer resolves to a party or a treaty, whatever holds the
 * names: the database, per lookup ({@link PartyResolver}, {@link TreatyResolver}), or memory, for
 * bulk work ({@link NameIndex}). The rules live here once, so the two cannot drift.
 */
final class NameRules {

    /** Where the names are looked up: each function gives the code, or null when it knows none. */
    record PartyLookups(Function<String, String> byCode, Function<String, String> byIso2, Function<String, String> byKey) {
    }

    record TreatyLookups(Function<String, String> byCode, Function<String, String> byKey) {
    }

    private NameRules() {
    }

    /** A code, then an ISO alpha-2 code, then a known name or alias by {@link NameKey}, then an ISO name in its inverted form. */
    static Optional<String> party(String name, PartyLookups lookups) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        String code = lookups.byCode().apply(upper);
        if (code == null && trimmed.length() == 2) {
            code = lookups.byIso2().apply(upper);
        }
        if (code == null) {
            code = lookups.byKey().apply(NameKey.of(trimmed));
        }
        if (code == null) {
            code = uninverted(trimmed).map(reordered -> lookups.byKey().apply(NameKey.of(reordered))).orElse(null);
        }
        return Optional.ofNullable(code);
    }

    /** A code, then a known name or alias by {@link NameKey}. */
    static Optional<String> treaty(String name, TreatyLookups lookups) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        String code = lookups.byCode().apply(trimmed.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(code != null ? code : lookups.byKey().apply(NameKey.of(trimmed)));
    }

    /**
     * An ISO 3166 name in its inverted list form, put back in reading order: "Korea, Republic of"
     * is "Republic of Korea", "Congo, The Democratic Republic of the" is "Democratic Republic of
     * the Congo" (a leading article dropped, as the catalog's names have none).
     */
    private static Optional<String> uninverted(String name) {
        int comma = name.lastIndexOf(',');
        if (comma <= 0 || comma == name.length() - 1) {
            return Optional.empty();
        }
        String reordered = (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip())
                .replaceFirst("(?i)^the\\s+", "");
        return Optional.of(reordered);
    }
}
