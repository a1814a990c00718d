package org.treatytracker.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A state (keyed by its ISO 3166-1 alpha-3 code) or an organisation that can be party to treaties. */
@Entity
@Cacheable
@Table(name = "parties")
public class Party extends PanacheEntityBase {

    /** Enum constants are the wire and database values. */
    public enum Kind { state, organisation }

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String iso2;
    public String iso3;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_fr")
    public String nameFr;

    public static List<Party> states() {
        return list("kind = ?1 order by code", Kind.state);
    }

    public static java.util.Optional<Party> findState(String iso3) {
        return Party.<Party>findByIdOptional(iso3).filter(party -> party.kind == Kind.state);
    }
}
