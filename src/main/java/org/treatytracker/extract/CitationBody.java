package org.treatytracker.extract;

/**
 * A citation of a passage, as the claims API takes it: the quote, and the text right before it
 * ({@code prefix}) only when the quote occurs more than once.
 *
 * @param source     the stored source's id; null when the text is not a stored source
 * @param suffix     never needed by the quote locator; kept for the API's shape
 * @param derivation how the fact follows from the passage when not read literally
 */
public record CitationBody(String source, String quote, String prefix, String suffix, String derivation) {
}
