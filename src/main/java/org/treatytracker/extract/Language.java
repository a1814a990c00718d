package org.treatytracker.extract;

import java.util.Locale;
import java.util.Optional;

/** The languages the extractor reads. Enum constants are the wire values (ISO 639-1). */
public enum Language {
    fr, en;

    /** "fr", "FR", "fr-CA" and "en-GB" are read by their first two letters; anything else is empty. */
    public static Optional<Language> of(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        String prefix = code.substring(0, 2).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(prefix) && (code.length() == 2 || !Character.isLetter(code.charAt(2)))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
