package org.treatytracker.claim;

/**
 * One citation as a writer gives it: a verbatim {@code quote} of a stored article (with optional
 * {@code prefix}/{@code suffix}, the characters right before/after it, to pick one of several
 * occurrences), or a {@code locator} in a reference; {@code source} defaults to the seed file's source.
 */
public record ClaimCitation(String quote, String prefix, String suffix, String locator, String derivation,
                            String source) {
}
