package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameKey;

/**
 * Cardinal numbers written in words, French ("quatre-vingt-douze", "deux cent vingt-sept",
 * "soixante et onze") and English ("two hundred and twenty-one"), up to the millions. A sequence
 * that is not a well-formed number ("deux trois") is read up to where it stops being one.
 */
public final class NumberWords {

    /** What a word contributes: a value to add, or a multiplier (cent, hundred, mille...). */
    private record Word(long value, boolean multiplier) {
    }

    private static final Map<String, Word> FRENCH = Map.ofEntries(
            add("zero", 0), add("un", 1), add("une", 1), add("deux", 2), add("trois", 3), add("quatre", 4),
            add("cinq", 5), add("six", 6), add("sept", 7), add("huit", 8), add("neuf", 9), add("dix", 10),
            add("onze", 11), add("douze", 12), add("treize", 13), add("quatorze", 14), add("quinze", 15),
            add("seize", 16), add("vingt", 20), add("vingts", 20), add("trente", 30), add("quarante", 40),
            add("cinquante", 50), add("soixante", 60),
            multiply("cent", 100), multiply("cents", 100), multiply("mille", 1000),
            multiply("million", 1_000_000), multiply("millions", 1_000_000));

    private static final Map<String, Word> ENGLISH = Map.ofEntries(
            add("zero", 0), add("one", 1), add("two", 2), add("three", 3), add("four", 4), add("five", 5),
            add("six", 6), add("seven", 7), add("eight", 8), add("nine", 9), add("ten", 10), add("eleven", 11),
            add("twelve", 12), add("thirteen", 13), add("fourteen", 14), add("fifteen", 15), add("sixteen", 16),
            add("seventeen", 17), add("eighteen", 18), add("nineteen", 19), add("twenty", 20), add("thirty", 30),
            add("forty", 40), add("fifty", 50), add("sixty", 60), add("seventy", 70), add("eighty", 80),
            add("ninety", 90),
            multiply("hundred", 100), multiply("thousand", 1000), multiply("million", 1_000_000),
            multiply("millions", 1_000_000));

    /** Words that join parts of one number: "soixante et onze", "two hundred and five". */
    private static final Map<Language, String> JOINERS = Map.of(Language.fr, "et", Language.en, "and");

    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0\\u202F\\-\\u2010\\u2011]+");

    private NumberWords() {
    }

    /** The number the whole text spells, or empty if it is not exactly one number. */
    public static OptionalLong parse(String text, Language language) {
        List<String> words = words(text);
        Reading reading = read(words, language);
        return reading.length == words.size() && reading.length > 0 ? OptionalLong.of(reading.value) : OptionalLong.empty();
    }

    /** Whether the (accent-insensitive, lower-cased) word can be part of a spelled number. */
    static boolean isNumberWord(String word, Language language) {
        String key = key(word);
        return table(language).containsKey(key) || key.equals(JOINERS.get(language));
    }

    /**
     * Reads the longest number at the start of {@code words}; {@code length} is how many words it
     * used (0 when the first word starts no number). A trailing joiner is never part of it.
     */
    static Reading read(List<String> words, Language language) {
        Map<String, Word> table = table(language);
        String joiner = JOINERS.get(language);
        long total = 0;
        long current = 0;
        long lastAdded = -1;
        boolean afterJoiner = false;
        int used = 0;
        Reading best = new Reading(0, 0);
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            String key = key(words.get(i));
            if (key.equals(joiner)) {
                if (used == 0 || afterJoiner) {
                    break;
                }
                afterJoiner = true;
                continue;
            }
            Word word = table.get(key);
            if (word == null) {
                break;
            }
            if (word.multiplier()) {
                if (afterJoiner && language == Language.fr) {
                    break;
                }
                if (word.value() == 100) {
                    if (current >= 100 || (used > 0 && current == 0 && total == 0)) {
                        break;
                    }
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    if (used > 0 && current == 0) {
                        break;
                    }
                    total += (current == 0 ? 1 : current) * word.value();
                    current = 0;
                }
                lastAdded = -1;
            } else if (isQuatreVingt(previous, key, current)) {
                current += 76;
                lastAdded = 80;
            } else {
                if (!canFollow(lastAdded, word.value(), afterJoiner, language)) {
                    break;
                }
                current += word.value();
                lastAdded = word.value();
            }
            afterJoiner = false;
            used = i + 1;
            previous = key;
            best = new Reading(total + current, used);
        }
        return best;
    }

    record Reading(long value, int length) {
    }

    /** "quatre-vingt(s)" is four twenties: the quatre already added becomes eighty. */
    private static boolean isQuatreVingt(String previous, String key, long current) {
        return "quatre".equals(previous) && (key.equals("vingt") || key.equals("vingts")) && current % 100 == 4;
    }

    /** A word adding {@code next} may follow one that added {@code last} (-1: nothing added yet in this hundred). */
    private static boolean canFollow(long last, long next, boolean afterJoiner, Language language) {
        if (last < 0) {
            return !afterJoiner || language == Language.en;
        }
        if (afterJoiner) {
            // "vingt et un", "soixante et onze": the French "et" joins a ten and one (or onze)
            return language == Language.fr && last >= 20 && last % 10 == 0 && (next == 1 || next == 11);
        }
        if (language == Language.fr && last == 10) {
            return next >= 7 && next <= 9;
        }
        boolean frenchTensTakingTeens = language == Language.fr && (last == 60 || last == 80);
        if (last >= 20 && last % 10 == 0) {
            return next < 10 || (frenchTensTakingTeens && next < 20);
        }
        return false;
    }

    private static Map<String, Word> table(Language language) {
        return language == Language.fr ? FRENCH : ENGLISH;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String part : SEPARATOR.split(text.trim())) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }

    static String key(String word) {
        return NameKey.of(word);
    }

    private static Map.Entry<String, Word> add(String word, long value) {
        return Map.entry(word, new Word(value, false));
    }

    private static Map.Entry<String, Word> multiply(String word, long value) {
        return Map.entry(word, new Word(value, true));
    }
}
