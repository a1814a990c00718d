package org.treatytracker.claim;

import java.util.Objects;

/**
 * One citation as a writer gives it: a verbatim {@code quote} of a stored article (with optional
 * {@code prefix}/{@code suffix}, the characters right before/after it, to pick one of several
 * occurrences), or a {@code locator} in a reference; {@code source} defaults to the seed file's source.
 */
public record ClaimCitation(String quote, String prefix, String suffix, String locator, String derivation,
                            String source) {

    /**
     * Whether this citation, sent back in a patch, names the place {@code current} (as read) names:
     * same source, quote and locator, and no prefix or suffix asking for the quote to be located
     * again. Such a citation keeps its stored passage, even when its quote occurs twice in the text.
     */
    public boolean samePlaceAs(ClaimCitation current) {
        return prefix == null && suffix == null && Objects.equals(quote, current.quote)
                && Objects.equals(locator, current.locator) && Objects.equals(source, current.source);
    }
}
