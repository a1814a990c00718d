package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.web.CodeNames;

/**
 * The names CSV exports put beside codes: the catalog's English names of parties ({@code parties.name_en},
 * by code and by ISO alpha-3) and of treaties ({@code treaties.name_en}), read afresh for each export, so
 * that a curated name shows as soon as the catalog holds it.
 */
@ApplicationScoped
public class CatalogNames implements CodeNames.Source {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeNames current() {
        Map<String, String> parties = new HashMap<>();
        for (Tuple party : Party.getEntityManager()
                .createQuery("select p.code as code, p.iso3 as iso3, p.nameEn as name from Party p where p.nameEn is not null", Tuple.class)
                .getResultList()) {
            parties.put(party.get("code", String.class), party.get("name", String.class));
            if (party.get("iso3") != null) {
                parties.putIfAbsent(party.get("iso3", String.class), party.get("name", String.class));
            }
        }
        Map<String, String> treaties = new HashMap<>();
        List<Tuple> rows = Treaty.getEntityManager()
                .createQuery("select t.code as code, t.nameEn as name from Treaty t where t.nameEn is not null", Tuple.class)
                .getResultList();
        rows.forEach(treaty -> treaties.put(treaty.get("code", String.class), treaty.get("name", String.class)));
        return new CodeNames(parties, treaties);
    }
}
