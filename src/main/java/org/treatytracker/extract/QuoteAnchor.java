package org.treatytracker.extract;

import org.treatytracker.provenance.CodePointOffsets;

/**
 * Turns a span of the text into a citation the claims API places back at the same spot: the
 * verbatim quote and its offsets in code points. The start alone picks the occurrence, so no prefix
 * is searched for, and the work is that of copying the quote.
 */
final class QuoteAnchor {

    record Anchored(String quote, int start, int end) {
    }

    private QuoteAnchor() {
    }

    /** @param start UTF-16 offset, as the rules work; trimmed of spaces and of , ; : at either end */
    static Anchored anchor(String text, CodePointOffsets offsets, int start, int end) {
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        String quote = text.substring(start, end);
        int first = offsets.codePointOffset(start);
        return new Anchored(quote, first, first + quote.codePointCount(0, quote.length()));
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':';
    }
}
