package org.treatytracker.extract;

/**
 * A state, organisation or treaty named in the text at UTF-16 offsets [start, end).
 *
 * @param anaphoric "la Convention", "the treaty": resolved to the treaty last named, not named here
 */
public record NameMention(int start, int end, NameKind kind, String code, boolean anaphoric) {
}
