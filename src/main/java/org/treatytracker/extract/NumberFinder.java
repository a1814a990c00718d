package org.treatytracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cardinal numbers of a text: digits ("1 873", "8.000", "1,000", "6,1"), words
 * ("quatre-vingt-douze", "twenty-one"), approximate nouns ("une dizaine", "a dozen") and
 * percentages. Ordinals ("2e", "57th", "sixième") are not numbers here.
 */
public final class NumberFinder {

    /**
     * A separator followed by exactly three digits groups thousands (both "1 000", "1.000" and
     * "1,000" occur in the press); any other "." or "," is a decimal mark. At most 18 digits on
     * either side, as no count the press gives has more: longer runs are not numbers (and a
     * million-digit one would take minutes to read as a BigDecimal).
     */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009.,]\\d{3}){1,5}(?![\\d])|\\d{1,18})(?:[.,](\\d{1,18}))?"
                    + "(?![\\p{L}\\p{N}])");

    /** Words a spelled number may have ("neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf" has 15). */
    private static final int MAX_NUMBER_WORDS = 40;

    private static final Pattern PERCENT = Pattern.compile(
            "[ \\u00A0\\u202F\\u2009]?(?:%|pour[ -]?cent\\b|per[ -]?cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);

    private static final Map<Language, Pattern> SPELLED = Map.of(
            Language.fr, spelledPattern("zéro|zero|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
                    + "|quatorze|quinze|seize|vingts|vingt|trente|quarante|cinquante|soixante|cents|cent|mille|millions|million", "et"),
            Language.en, spelledPattern("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                    + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
                    + "|eighty|ninety|hundred|thousand|millions|million", "and"));

    private static final Map<Language, Pattern> APPROXIMATE_NOUNS = Map.of(
            Language.fr, Pattern.compile("(?<![\\p{L}])(?:une\\s+)?(dizaine|douzaine|quinzaine|vingtaine|trentaine"
                    + "|quarantaine|cinquantaine|soixantaine|centaine)(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Language.en, Pattern.compile("(?<![\\p{L}])(?:a\\s+)?(dozen|score)(?![\\p{L}])", Pattern.CASE_INSENSITIVE));

    private static final Map<String, Integer> APPROXIMATE_VALUES = Map.of(
            "dizaine", 10, "douzaine", 12, "quinzaine", 15, "vingtaine", 20, "trentaine", 30, "quarantaine", 40,
            "cinquantaine", 50, "soixantaine", 60, "centaine", 100, "dozen", 12);

    private static final Pattern WORD = Pattern.compile("[^\\s\\u00A0\\u202F\\-\\u2010\\u2011]+");

    private NumberFinder() {
    }

    /** Every number of {@code text[from, to)}, in text order and not overlapping, with offsets into the whole text. */
    public static List<NumberMention> find(String text, int from, int to, Language language) {
        return find(text, from, to, language, ExtractionBudget.UNLIMITED);
    }

    public static List<NumberMention> find(String text, int from, int to, Language language, ExtractionBudget budget) {
        List<NumberMention> found = new ArrayList<>();
        Matcher digits = within(DIGITS.matcher(text), from, to);
        while (digits.find()) {
            budget.check(found.size());
            String integer = digits.group(1).replaceAll("[ \\u00A0\\u202F\\u2009.,]", "");
            String decimals = digits.group(2);
            BigDecimal value = new BigDecimal(decimals == null ? integer : integer + "." + decimals);
            found.add(withPercent(text, digits.start(), digits.end(), value, false, false, to));
        }
        Matcher words = SPELLED.get(language).matcher(text);
        int at = from;
        while (at < to && within(words, at, to).find()) {
            budget.check(found.size());
            Optional<NumberMention> number = spelled(text, words.start(), words.group(), language, to);
            number.ifPresent(found::add);
            // a sequence read only in part ("deux trois") is read again after the part used
            at = number.map(NumberMention::end).filter(end -> end > words.start()).orElse(words.end());
        }
        Matcher nouns = within(APPROXIMATE_NOUNS.get(language).matcher(text), from, to);
        while (nouns.find()) {
            budget.check(found.size());
            int value = APPROXIMATE_VALUES.get(NumberWords.key(nouns.group(1)));
            found.add(new NumberMention(nouns.start(), nouns.end(), BigDecimal.valueOf(value), false, true, true));
        }
        found.sort(Comparator.comparingInt(NumberMention::start));
        // Numbers never overlap (the rules read the words between two): in "78 pour cent" the cent
        // of the percentage's words is not a hundred of its own.
        List<NumberMention> kept = new ArrayList<>(found.size());
        int end = -1;
        for (NumberMention number : found) {
            if (number.start() >= end) {
                kept.add(number);
                end = number.end();
            }
        }
        return kept;
    }

    public static List<NumberMention> find(String text, Language language) {
        return find(text, 0, text.length(), language);
    }

    private static Optional<NumberMention> spelled(String text, int start, String match, Language language,
                                                             int limit) {
        List<String> words = NumberWords.words(match);
        NumberWords.Reading reading = NumberWords.read(words, language);
        if (reading.length() == 0) {
            return Optional.empty();
        }
        // "un"/"une" alone are the article, not the number one
        if (reading.length() == 1 && language == Language.fr && reading.value() == 1) {
            return Optional.empty();
        }
        int end = start;
        int consumed = 0;
        Matcher word = WORD.matcher(match);
        while (consumed < reading.length() && word.find()) {
            end = start + word.end();
            consumed++;
        }
        return Optional.of(withPercent(text, start, end, BigDecimal.valueOf(reading.value()), true, false, limit));
    }

    private static NumberMention withPercent(String text, int start, int end, BigDecimal value, boolean spelled,
                                             boolean approximate, int limit) {
        Matcher percent = within(PERCENT.matcher(text), end, limit);
        if (percent.lookingAt()) {
            return new NumberMention(start, percent.end(), value, true, spelled, approximate);
        }
        return new NumberMention(start, end, value, false, spelled, approximate);
    }

    /** Looks at [from, to) while lookarounds still see the text around it. */
    static Matcher within(Matcher matcher, int from, int to) {
        return matcher.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static Pattern spelledPattern(String words, String joiner) {
        String word = "(?:" + words + ")";
        String separator = "(?:[\\s\\u00A0\\u202F]*[\\-\\u2010\\u2011][\\s\\u00A0\\u202F]*|[\\s\\u00A0\\u202F]+)";
        // bounded: the pattern recurses once per word, and a run of number words is read in pieces anyway
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?:" + separator + "(?:" + joiner + separator + ")?"
                + word + "){0," + (MAX_NUMBER_WORDS - 1) + "}(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
