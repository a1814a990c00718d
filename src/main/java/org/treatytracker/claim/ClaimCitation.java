package org.treatytracker.claim;

import java.util.Objects;
import org.treatytracker.provenance.CitedPlace;

/**
 * One citation as a writer gives it: a verbatim {@code quote} of a stored article, placed at
 * {@code start} (its offset in code points, as a W3C TextPositionSelector gives it) when given, else
 * found in the text, where {@code prefix}/{@code suffix} (the characters right before/after it) pick
 * one of several occurrences; or a {@code locator} in a reference. {@code source} defaults to the
 * seed file's source.
 */
public record ClaimCitation(String quote, Integer start, String prefix, String suffix, String locator,
                            String derivation, String source) {

    /** A stored place written back as the citation that names it (what a patch is merged into). */
    public static ClaimCitation of(CitedPlace place) {
        return new ClaimCitation(place.quote, place.start, null, null, place.locator, place.derivation, place.source.id);
    }

    /**
     * Whether this citation, sent back in a patch, names the place {@code current} (as read) names:
     * same source, quote and locator, no prefix or suffix asking for the quote to be located again,
     * and no start or the one it has. Such a citation keeps its stored passage, even when its quote
     * occurs twice in the text.
     */
    public boolean samePlaceAs(ClaimCitation current) {
        return prefix == null && suffix == null && (start == null || start.equals(current.start))
                && Objects.equals(quote, current.quote) && Objects.equals(locator, current.locator)
                && Objects.equals(source, current.source);
    }
}
