package org.treatytracker.catalog;

import java.util.Optional;
import org.treatytracker.claim.Fields;

/**
 * A claim's names of states, organisations and treaties, resolved against the catalog in the
 * database; a name that does not resolve is a problem of the claim's field.
 */
public final class NameChecks {

    private final PartyResolver parties;
    private final TreatyResolver treaties;

    public NameChecks(PartyResolver parties, TreatyResolver treaties) {
        this.parties = parties;
        this.treaties = treaties;
    }

    /** The party named in a required field; with {@code mustBeState}, an organisation is a problem too. */
    public Party party(String name, String field, Fields fields, boolean mustBeState) {
        if (fields.required(name, field) == null) {
            return null;
        }
        Optional<Party> party = parties.resolve(name);
        if (party.isEmpty()) {
            fields.problem(field + " '" + name + "' is not a known state or organisation");
            return null;
        }
        if (mustBeState && party.get().kind != Party.Kind.state) {
            fields.problem(field + " '" + name + "' is not a state");
        }
        return party.get();
    }

    /** The treaty named in a required field. */
    public Treaty treaty(String name, String field, Fields fields) {
        if (fields.required(name, field) == null) {
            return null;
        }
        Optional<Treaty> treaty = treaties.resolve(name);
        if (treaty.isEmpty()) {
            fields.problem(field + " '" + name + "' is not a known treaty code, name or alias");
        }
        return treaty.orElse(null);
    }

    /** A party or a treaty, in that order, or empty. */
    public Optional<Party> anyParty(String name) {
        return parties.resolve(name);
    }

    public Optional<Treaty> anyTreaty(String name) {
        return treaties.resolve(name);
    }
}
