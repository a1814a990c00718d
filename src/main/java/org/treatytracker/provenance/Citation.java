package org.treatytracker.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a fact comes from: one cited place (a passage of a stored text or a place in a reference),
 * one of the fact's citations.
 */
@Entity
@Table(name = "citations")
public class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fact_id")
    public Fact fact;

    @Embedded
    public CitedPlace place;

    public static Citation ofPassage(Source source, QuoteLocator.Passage passage, String derivation) {
        return of(CitedPlace.ofPassage(source, passage, derivation));
    }

    public static Citation ofReference(Source source, String locator, String derivation) {
        return of(CitedPlace.ofReference(source, locator, derivation));
    }

    private static Citation of(CitedPlace place) {
        Citation citation = new Citation();
        citation.place = place;
        return citation;
    }
}
