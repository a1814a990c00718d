package org.treatytracker.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * The place a piece of evidence points to, in the one form facts' citations and recommendations
 * share: a verbatim passage of a stored text (quote and code-point offsets, which the database
 * checks against the text), or a place in a public reference (locator); {@code derivation} says how
 * the fact follows from it when it is not read literally.
 */
@Embeddable
public class CitedPlace {

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

    public static CitedPlace ofPassage(Source source, QuoteLocator.Passage passage, String derivation) {
        CitedPlace place = new CitedPlace();
        place.source = source;
        place.quote = passage.quote();
        place.start = passage.start();
        place.end = passage.end();
        place.derivation = derivation;
        return place;
    }

    public static CitedPlace ofReference(Source source, String locator, String derivation) {
        CitedPlace place = new CitedPlace();
        place.source = source;
        place.locator = locator;
        place.derivation = derivation;
        return place;
    }
}
