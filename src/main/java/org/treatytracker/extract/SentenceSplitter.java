package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a text into lines and sentences without changing it: every sentence is a pair of offsets
 * into the text as stored. A line break always ends a sentence (headlines and captions have no
 * full stop); inside a line a sentence ends at . ! ? or … followed by a space and a capital, a
 * digit or an opening quote, except after an abbreviation ("M.", "Mme", "Dr", an initial).
 * A sentence longer than {@link #MAX_SENTENCE} characters (no stop for a page: a list, an
 * attack) is cut at its last space before that length, or at that length when it has none, so
 * that what the rules do for each sentence is bounded, and with it the work per character.
 */
public final class SentenceSplitter {

    /** Longer than any sentence of the labelled articles (1,258 characters) by half again. */
    static final int MAX_SENTENCE = 2_000;

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st",
            "ste", "mr", "mrs", "ms", "messrs", "prof", "gen", "col", "lt", "sgt", "no", "nos", "art", "av", "cf", "ex",
            "vol", "p", "pp", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "j.-c", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "déc", "gov", "sen", "rep", "amb", "env", "approx");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text, List<TeaserBlock> teasers) {
        return split(text, teasers, ExtractionBudget.UNLIMITED);
    }

    public static List<Sentence> split(String text, List<TeaserBlock> teasers, ExtractionBudget budget) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        for (int line = 0; lineStart <= text.length(); line++) {
            budget.check(line);
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                int before = sentences.size();
                splitLine(text, lineStart, lineEnd, paragraph, teasers, sentences);
                if (sentences.size() > before) {
                    paragraph++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<TeaserBlock> teasers,
                                  List<Sentence> into) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int after = i + 1;
            while (after < to && (text.charAt(after) == '.' || isClosing(text.charAt(after)))) {
                after++;
            }
            int next = after;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == after || next >= to || !opensSentence(text.charAt(next))) {
                // every stop of the run "...." ends at the same place, which opens no sentence either
                i = after - 1;
                continue;
            }
            if (c == '.' && abbreviationBefore(text, from, i)) {
                continue;
            }
            add(text, start, after, paragraph, teasers, into);
            start = next;
            i = next - 1;
        }
        add(text, start, to, paragraph, teasers, into);
    }

    private static void add(String text, int start, int end, int paragraph, List<TeaserBlock> teasers,
                            List<Sentence> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int space = cut;
            while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(text.charAt(space))) {
                cut = space;
            } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            add(text, start, cut, paragraph, teasers, into);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            into.add(new Sentence(into.size(), start, end, paragraph, Mentions.region(teasers, start) >= 0));
        }
    }

    private static boolean abbreviationBefore(String text, int lineStart, int dot) {
        int wordStart = dot;
        while (wordStart > lineStart && (Character.isLetter(text.charAt(wordStart - 1))
                || text.charAt(wordStart - 1) == '.' || text.charAt(wordStart - 1) == '-')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '»' || c == '"' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || c == '“' || c == '–'
                || c == '—' || c == '-' || c == '(' || c == '\'';
    }
}
