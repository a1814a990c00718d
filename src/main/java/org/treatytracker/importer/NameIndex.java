package org.treatytracker.importer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.names.NameKey;

/**
 * Party and treaty names resolved in memory, with the rules of {@code PartyResolver} and
 * {@code TreatyResolver} (a code, then an ISO alpha-2 code for parties, then a known name or alias
 * compared by {@link NameKey}): an import resolves hundreds of thousands of names and must not ask
 * the database for each. Unknown names resolve to nothing; nothing is guessed. It also lists the
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

    @SuppressWarnings("unchecked")
    public static NameIndex load(EntityManager em) {
        NameIndex index = new NameIndex();
        Map<String, String> partyKinds = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT code, iso2, kind FROM parties").getResultList()) {
            index.partyCodes.put((String) row[0], (String) row[0]);
            if (row[1] != null) {
                index.partyIso2.put(row[1].toString(), (String) row[0]);
            }
            partyKinds.put((String) row[0], (String) row[2]);
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT normalized, party_code, alias FROM party_aliases").getResultList()) {
            index.partyNames.put((String) row[0], (String) row[1]);
            index.names.add(new Name((String) row[2], (String) row[1], partyKinds.get((String) row[1]), null));
        }
        Map<String, String> parents = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT code, name_en, name_fr, parent_code FROM treaties").getResultList()) {
            index.treatyCodes.put((String) row[0], (String) row[0]);
            index.treatyNames.put(NameKey.of((String) row[1]), (String) row[0]);
            index.treatyNames.put(NameKey.of((String) row[2]), (String) row[0]);
            parents.put((String) row[0], (String) row[3]);
            index.names.add(new Name((String) row[0], (String) row[0], "treaty", (String) row[3]));
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT normalized, treaty_code, alias FROM treaty_aliases").getResultList()) {
            index.treatyNames.put((String) row[0], (String) row[1]);
            index.names.add(new Name((String) row[2], (String) row[1], "treaty", parents.get((String) row[1])));
        }
        return index;
    }

    /**
     * This index with more names of parties, for one import ({@code --aliases}): each code must be
     * a party on record, and a name may not already name another party.
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
                throw new UsageException("aliases: '" + code + "' is not the code of a state or organisation on record");
            }
            for (String alias : list) {
                String key = NameKey.of(alias == null ? "" : alias);
                if (key.isEmpty()) {
                    throw new UsageException("aliases: a name for " + party + " has no letters or digits");
                }
                String previous = extended.partyNames.putIfAbsent(key, party);
                if (previous != null && !previous.equals(party)) {
                    throw new UsageException("aliases: '" + alias + "' already names " + previous + ", not " + party);
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
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        String code = partyCodes.get(upper);
        if (code == null && trimmed.length() == 2) {
            code = partyIso2.get(upper);
        }
        if (code == null) {
            code = partyNames.get(NameKey.of(trimmed));
        }
        if (code == null) {
            code = uninverted(trimmed).map(reordered -> partyNames.get(NameKey.of(reordered))).orElse(null);
        }
        return Optional.ofNullable(code);
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

    public Optional<String> treaty(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        String code = treatyCodes.get(trimmed.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(code != null ? code : treatyNames.get(NameKey.of(trimmed)));
    }
}
