package org.treatytracker.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which names of states and treaties are matched: case, accents, apostrophe
 * style and spacing do not matter ("Convention de Hanoï" = "convention de hanoi"). Only used to
 * match names; stored and displayed names keep their spelling.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
