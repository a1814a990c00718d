package org.treatytracker.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The resolvers that ask the database (claims written by editors and the seed loader) and the
 * name index held in memory (importers, the extractor) give every name the same party or treaty:
 * every code, ISO alpha-2 code, name and alias the catalog holds, in other cases and without
 * accents, and names in ISO's inverted list form.
 */
@QuarkusTest
class NameResolversAgreeTest {

    private static final List<String> INVERTED = List.of("Korea, Republic of", "Congo, The Democratic Republic of the",
            "Iran, Islamic Republic of", "Moldova, Republic of", "Tanzania, United Republic of",
            "Venezuela, Bolivarian Republic of", "Bolivia, Plurinational State of", "Micronesia, Federated States of");

    @Inject
    PartyResolver parties;

    @Inject
    TreatyResolver treaties;

    @Test
    void theDatabaseAndTheIndexResolveEveryNameAlike() {
        List<String> disagreements = new ArrayList<>();
        int[] checked = new int[1];
        QuarkusTransaction.requiringNew().run(() -> {
            NameIndex index = NameIndex.load(Panache.getEntityManager());
            for (String name : variants(names("SELECT code FROM parties UNION SELECT iso2 FROM parties WHERE iso2 IS NOT NULL"
                    + " UNION SELECT alias FROM party_aliases"), INVERTED)) {
                Optional<String> database = parties.resolve(name).map(party -> party.code);
                if (!database.equals(index.party(name))) {
                    disagreements.add("party '" + name + "': database " + database + ", index " + index.party(name));
                }
                checked[0]++;
            }
            for (String name : variants(names("SELECT code FROM treaties UNION SELECT name_en FROM treaties"
                    + " UNION SELECT name_fr FROM treaties UNION SELECT alias FROM treaty_aliases"), List.of())) {
                Optional<String> database = treaties.resolve(name).map(treaty -> treaty.code);
                if (!database.equals(index.treaty(name))) {
                    disagreements.add("treaty '" + name + "': database " + database + ", index " + index.treaty(name));
                }
                checked[0]++;
            }
        });
        assertTrue(checked[0] > 1000, "names checked: " + checked[0]);
        assertEquals(List.of(), disagreements);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(String sql) {
        return ((List<Object>) Panache.getEntityManager().createNativeQuery(sql).getResultList()).stream()
                .map(Object::toString).toList();
    }

    /** Each name as stored, in upper and lower case, without its accents, and the extra ones given. */
    private static Set<String> variants(List<String> names, List<String> extra) {
        Set<String> all = new LinkedHashSet<>(extra);
        for (String name : names) {
            all.add(name);
            all.add(name.toUpperCase(Locale.ROOT));
            all.add(name.toLowerCase(Locale.ROOT));
            all.add(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return all;
    }
}
