package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** Resolves a treaty code, name or alias, in English or French, to the treaty. */
@ApplicationScoped
public class TreatyResolver {

    public Optional<Treaty> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        Optional<Treaty> byCode = Treaty.<Treaty>findByIdOptional(trimmed.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        return TreatyAlias.<TreatyAlias>findByIdOptional(NameKey.of(trimmed)).map(alias -> alias.treaty);
    }
}
