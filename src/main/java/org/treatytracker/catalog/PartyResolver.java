package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** Resolves how sources name a party (an ISO code, "Viet Nam", "Vietnam", "Viêt Nam") to the party. */
@ApplicationScoped
public class PartyResolver {

    public Optional<Party> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        Optional<Party> byCode = Party.<Party>findByIdOptional(trimmed.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        if (trimmed.length() == 2) {
            Optional<Party> byIso2 = Party.find("iso2", trimmed.toUpperCase(Locale.ROOT)).firstResultOptional();
            if (byIso2.isPresent()) {
                return byIso2;
            }
        }
        return PartyAlias.<PartyAlias>findByIdOptional(NameKey.of(trimmed)).map(alias -> alias.party);
    }
}
