package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Resolves how sources name a party (an ISO code, "Viet Nam", "Vietnam", "Viêt Nam", "Korea,
 * Republic of") to the party, asking the database, by the rules {@link NameIndex} applies in memory.
 */
@ApplicationScoped
public class PartyResolver {

    private static final NameRules.PartyLookups DATABASE = new NameRules.PartyLookups(
            code -> Party.<Party>findByIdOptional(code).map(party -> party.code).orElse(null),
            iso2 -> Party.<Party>find("iso2", iso2).firstResultOptional().map(party -> party.code).orElse(null),
            key -> PartyAlias.<PartyAlias>findByIdOptional(key).map(alias -> alias.party.code).orElse(null));

    public Optional<Party> resolve(String name) {
        // A lambda, not a method reference: Panache rewrites calls to an entity's static methods, not references to them.
        return NameRules.party(name, DATABASE).flatMap(code -> Party.<Party>findByIdOptional(code));
    }
}
