package org.treatytracker.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a fact comes from: a verbatim passage of a stored text (quote and code-point offsets), or
 * a place in a public reference (locator). {@code derivation} says how the fact follows from it
 * when it is not read literally.
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public String quote;

    @Column(name = "start_cp")
    public Integer start;

    @Column(name = "end_cp")
    public Integer end;

    public String locator;
    public String derivation;

    public static Citation ofPassage(Source source, QuoteLocator.Passage passage, String derivation) {
        Citation citation = new Citation();
        citation.source = source;
        citation.quote = passage.quote();
        citation.start = passage.start();
        citation.end = passage.end();
        citation.derivation = derivation;
        return citation;
    }

    public static Citation ofReference(Source source, String locator, String derivation) {
        Citation citation = new Citation();
        citation.source = source;
        citation.locator = locator;
        citation.derivation = derivation;
        return citation;
    }
}
