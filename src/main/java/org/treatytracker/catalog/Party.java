package org.treatytracker.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A state (keyed by its ISO 3166-1 alpha-3 code) or an organisation that can be party to treaties. */
@Entity
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

    /** Where each name comes from (docs/un-states.md): a UN source's label, or {@code jdk-cldr}. */
    @Column(name = "name_en_source")
    public String nameEnSource;

    @Column(name = "name_fr_source")
    public String nameFrSource;

    /** A UN member state or a non-member observer State; null for other ISO entries and organisations. */
    @Enumerated(EnumType.STRING)
    @Column(name = "un_status")
    public UnStatus unStatus;

    /** A member's UN regional group, null when it is in none; its source's label beside it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group")
    public RegionalGroup regionalGroup;

    @Column(name = "regional_group_source")
    public String regionalGroupSource;

    public static List<Party> states() {
        return list("kind = ?1 order by code", Kind.state);
    }

    public static java.util.Optional<Party> findState(String iso3) {
        return Party.<Party>findByIdOptional(iso3).filter(party -> party.kind == Kind.state);
    }
}
