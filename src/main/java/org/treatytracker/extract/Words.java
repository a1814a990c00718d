package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a span with their offsets and a key without case or accents, for cue-word tests. */
final class Words {

    record Word(int start, int end, String key) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Words() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher m = NumberFinder.within(WORD.matcher(text), from, to);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), NumberWords.key(m.group())));
        }
        return words;
    }

    /** The index of the first word starting at or after {@code offset}. */
    /**
     * Where {@code c} first occurs in {@code text[from, to)}, -1 if it does not: a search bounded by the caller's
     * sentence, where {@code String.indexOf} would read on to the end of a text without it.
     */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int indexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= offset) {
                return i;
            }
        }
        return words.size();
    }
}
