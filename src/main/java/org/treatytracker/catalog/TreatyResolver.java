package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Resolves a treaty code, name or alias, in English or French, to the treaty, asking the database,
 * by the rules {@link NameIndex} applies in memory.
 */
@ApplicationScoped
public class TreatyResolver {

    private static final NameRules.TreatyLookups DATABASE = new NameRules.TreatyLookups(
            code -> Treaty.<Treaty>findByIdOptional(code).map(treaty -> treaty.code).orElse(null),
            key -> TreatyAlias.<TreatyAlias>findByIdOptional(key).map(alias -> alias.treaty.code).orElse(null));

    public Optional<Treaty> resolve(String name) {
        // A lambda, not a method reference: Panache rewrites calls to an entity's static methods, not references to them.
        return NameRules.treaty(name, DATABASE).flatMap(code -> Treaty.<Treaty>findByIdOptional(code));
    }
}
