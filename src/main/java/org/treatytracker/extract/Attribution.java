package org.treatytracker.extract;

/**
 * Whom a claim is about and how that was decided, for the candidate's notes.
 *
 * @param mention the name in the text, or null when the code comes from the article as a whole
 */
public record Attribution(String code, NameMention mention, String note) {
}
