package org.treatytracker.extract;

/**
 * A citation of a passage, as the claims API takes it: the quote and where it begins
 * ({@code start}, in code points), which places it however often the quote occurs in the text.
 *
 * @param source     the stored source's id; null when the text is not a stored source
 * @param prefix     never needed with a start; kept for the API's shape
 * @param suffix     never needed with a start; kept for the API's shape
 * @param derivation how the fact follows from the passage when not read literally
 */
public record CitationBody(String source, String quote, int start, String prefix, String suffix, String derivation) {
}
