package org.treatytracker.extract;

import org.treatytracker.provenance.QuoteLocator;

/**
 * Turns a span of the text into a citation the quote locator places back at the same spot: the
 * verbatim quote, its offsets in code points, and the shortest prefix that picks this occurrence
 * when the quote occurs more than once.
 */
final class QuoteAnchor {

    record Anchored(String quote, String prefix, int start, int end) {
    }

    private QuoteAnchor() {
    }

    /** @param start UTF-16 offset, as the rules work; trimmed of spaces and of , ; : at either end */
    static Anchored anchor(String text, int start, int end) {
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        String quote = text.substring(start, end);
        String prefix = null;
        if (text.indexOf(quote) != start || text.indexOf(quote, start + 1) >= 0) {
            prefix = shortestPrefix(text, quote, start);
        }
        try {
            QuoteLocator.Passage passage = QuoteLocator.locate(text, quote, prefix);
            int expected = text.codePointCount(0, start);
            if (passage.start() != expected) {
                throw new IllegalStateException("the quote locator placed the quote at " + passage.start()
                        + " instead of " + expected);
            }
            return new Anchored(quote, prefix, passage.start(), passage.end());
        } catch (QuoteLocator.QuoteNotFoundException e) {
            throw new IllegalStateException("a quote taken from the text could not be placed back: " + e.getMessage(), e);
        }
    }

    /** Grows the prefix one code point at a time until this occurrence is the only one it fits. */
    private static String shortestPrefix(String text, String quote, int start) {
        for (int from = start - 1; from >= 0; from--) {
            if (Character.isLowSurrogate(text.charAt(from)) && from > 0) {
                continue;
            }
            String prefix = text.substring(from, start);
            if (occurrencesAfter(text, quote, prefix) == 1) {
                return prefix;
            }
        }
        return text.substring(0, start);
    }

    private static int occurrencesAfter(String text, String quote, String prefix) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (text.startsWith(prefix, at - prefix.length())) {
                count++;
            }
        }
        return count;
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':';
    }
}
