package org.treatytracker.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Party and treaty names resolved in memory, by the rules {@link PartyResolver} and
 * {@link TreatyResolver} apply to the database ({@link NameRules}): an import resolves hundreds of
 * thousands of names and must not ask the database for each. Unknown names resolve to nothing; nothing is guessed. It also lists the
 * names as spelled, for finding them in running text (the claim extractor's gazetteer).
 */
public final class NameIndex {

    /**
     * A name as the catalog spells it.
     *
     * @param kind   "state", "organisation" or "treaty"
     * @param parent for a protocol, the code of the treaty it supplements; else null
     */
    public record Name(String text, String code, String kind, String parent) {
    }

    private final Map<String, String> partyCodes = new HashMap<>();
    private final Map<String, String> partyIso2 = new HashMap<>();
    private final Map<String, String> partyNames = new HashMap<>();
    private final Map<String, String> treatyCodes = new HashMap<>();
    private final Map<String, String> treatyNames = new HashMap<>();
    private final List<Name> names = new ArrayList<>();

    public static NameIndex load(EntityManager em) {
        NameIndex index = new NameIndex();
        Map<String, String> partyKinds = new HashMap<>();
        for (Tuple row : rows(em, "SELECT code, iso2, kind FROM parties")) {
            String code = text(row, "code");
            index.partyCodes.put(code, code);
            if (row.get("iso2") != null) {
                index.partyIso2.put(row.get("iso2").toString(), code);
            }
            partyKinds.put(code, text(row, "kind"));
        }
        for (Tuple row : rows(em, "SELECT normalized, party_code, alias FROM party_aliases")) {
            index.partyNames.put(text(row, "normalized"), text(row, "party_code"));
            index.names.add(new Name(text(row, "alias"), text(row, "party_code"), partyKinds.get(text(row, "party_code")), null));
        }
        Map<String, String> parents = new HashMap<>();
        for (Tuple row : rows(em, "SELECT code, name_en, name_fr, parent_code FROM treaties")) {
            String code = text(row, "code");
            index.treatyCodes.put(code, code);
            index.treatyNames.put(NameKey.of(text(row, "name_en")), code);
            index.treatyNames.put(NameKey.of(text(row, "name_fr")), code);
            parents.put(code, text(row, "parent_code"));
            index.names.add(new Name(code, code, "treaty", text(row, "parent_code")));
        }
        for (Tuple row : rows(em, "SELECT normalized, treaty_code, alias FROM treaty_aliases")) {
            index.treatyNames.put(text(row, "normalized"), text(row, "treaty_code"));
            index.names.add(new Name(text(row, "alias"), text(row, "treaty_code"), "treaty", parents.get(text(row, "treaty_code"))));
        }
        return index;
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql, Tuple.class).getResultList();
    }

    private static String text(Tuple row, String column) {
        return row.get(column, String.class);
    }

    /**
     * This index with more names of parties, for one import ({@code --aliases}): each code must be
     * a party on record, and a name may not already name another party.
     *
     * @throws IllegalArgumentException naming the alias that breaks one of these rules
     */
    public NameIndex withAliases(Map<String, List<String>> aliases) {
        if (aliases.isEmpty()) {
            return this;
        }
        NameIndex extended = new NameIndex();
        extended.partyCodes.putAll(partyCodes);
        extended.partyIso2.putAll(partyIso2);
        extended.partyNames.putAll(partyNames);
        extended.treatyCodes.putAll(treatyCodes);
        extended.treatyNames.putAll(treatyNames);
        extended.names.addAll(names);
        aliases.forEach((code, list) -> {
            String party = partyCodes.get(code.trim().toUpperCase(Locale.ROOT));
            if (party == null) {
                throw new IllegalArgumentException("aliases: '" + code + "' is not the code of a state or organisation on record");
            }
            for (String alias : list) {
                String key = NameKey.of(alias == null ? "" : alias);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("aliases: a name for " + party + " has no letters or digits");
                }
                String previous = extended.partyNames.putIfAbsent(key, party);
                if (previous != null && !previous.equals(party)) {
                    throw new IllegalArgumentException("aliases: '" + alias + "' already names " + previous + ", not " + party);
                }
            }
        });
        return extended;
    }

    /** Every alias of a party or treaty as spelled (treaties' names are among their aliases), and treaty codes. */
    public List<Name> names() {
        return List.copyOf(names);
    }

    public Optional<String> party(String name) {
        return NameRules.party(name, new NameRules.PartyLookups(partyCodes::get, partyIso2::get, partyNames::get));
    }

    public Optional<String> treaty(String name) {
        return NameRules.treaty(name, new NameRules.TreatyLookups(treatyCodes::get, treatyNames::get));
    }
}
