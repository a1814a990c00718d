package org.treatytracker.provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a verbatim quote in a stored text and gives its offsets in Unicode code points, the unit of
 * the W3C Web Annotation TextPositionSelector (Java strings count UTF-16 units, which differ for
 * characters outside the Basic Multilingual Plane). The one place quotes are located: the seed
 * loader and every later writer go through it.
 */
public final class QuoteLocator {

    /** A located quote: text.codePoints()[start, end) is exactly {@code quote}. */
    public record Passage(String quote, int start, int end) {
    }

    /** Why a quote could not be placed; the message is written for the person who wrote the quote. */
    public static final class QuoteNotFoundException extends Exception {
        public QuoteNotFoundException(String message) {
            super(message);
        }
    }

    private QuoteLocator() {
    }

    public static Passage locate(String text, String quote, String prefix) throws QuoteNotFoundException {
        return locate(text, quote, prefix, null);
    }

    /**
     * @param prefix optional: the characters right before the quote, to choose among repeated
     *               occurrences; the chosen occurrence must be the only one it fits
     * @param suffix optional: the characters right after the quote, for the same purpose
     */
    public static Passage locate(String text, String quote, String prefix, String suffix)
            throws QuoteNotFoundException {
        if (quote == null || quote.isEmpty()) {
            throw new QuoteNotFoundException("the quote is empty");
        }
        List<Integer> matches = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            boolean prefixFits = prefix == null || text.startsWith(prefix, at - prefix.length());
            boolean suffixFits = suffix == null || text.startsWith(suffix, at + quote.length());
            if (prefixFits && suffixFits) {
                matches.add(at);
            }
        }
        if (matches.isEmpty()) {
            throw new QuoteNotFoundException(prefix == null && suffix == null
                    ? "quote not found in the source text: \"" + abbreviate(quote) + "\""
                    : "quote not found with the given prefix/suffix: \"" + abbreviate(quote) + "\"");
        }
        if (matches.size() > 1) {
            throw new QuoteNotFoundException("quote occurs " + matches.size()
                    + " times; give its start (offset in code points), or a prefix or suffix, to choose one: \""
                    + abbreviate(quote) + "\"");
        }
        int utf16Start = matches.get(0);
        int start = text.codePointCount(0, utf16Start);
        int end = start + quote.codePointCount(0, quote.length());
        return new Passage(quote, start, end);
    }

    /**
     * The quote where it is said to begin: at code-point offset {@code start}, as a
     * TextPositionSelector gives it. Nothing is searched, so a quote that occurs many times needs
     * no prefix or suffix, and the work is that of comparing the quote; a prefix or suffix given
     * must fit at that place too.
     *
     * @param offsets the text's offsets ({@link CodePointOffsets#of}), computed once for all its quotes
     */
    public static Passage locateAt(String text, CodePointOffsets offsets, String quote, int start, String prefix,
                                   String suffix) throws QuoteNotFoundException {
        if (quote == null || quote.isEmpty()) {
            throw new QuoteNotFoundException("the quote is empty");
        }
        if (start < 0 || start > offsets.codePoints()) {
            throw new QuoteNotFoundException("start " + start + " is outside the text (0 to " + offsets.codePoints()
                    + " code points): \"" + abbreviate(quote) + "\"");
        }
        int at = offsets.utf16Index(start);
        if (!text.startsWith(quote, at)) {
            throw new QuoteNotFoundException("the quote does not begin at start " + start + ", where the text reads \""
                    + abbreviate(cut(text, at, at + quote.length())) + "\": \"" + abbreviate(quote) + "\"");
        }
        if (prefix != null && !text.startsWith(prefix, at - prefix.length())) {
            throw new QuoteNotFoundException("the prefix is not the text right before start " + start + ": \""
                    + abbreviate(quote) + "\"");
        }
        if (suffix != null && !text.startsWith(suffix, at + quote.length())) {
            throw new QuoteNotFoundException("the suffix is not the text right after the quote at start " + start
                    + ": \"" + abbreviate(quote) + "\"");
        }
        return new Passage(quote, start, start + quote.codePointCount(0, quote.length()));
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : cut(quote, 0, 77) + "...";
    }

    /** text[from, to) within the text, without half of a surrogate pair at its end. */
    private static String cut(String text, int from, int to) {
        int end = Math.min(to, text.length());
        if (end > from && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(from, end);
    }
}
