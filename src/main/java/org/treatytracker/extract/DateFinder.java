package org.treatytracker.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/**
 * Date expressions in French and English at the precision the text gives them: "le 24 décembre",
 * "24 December 2024", "December 24, 2024" (day), "en mai 2009", "May 2009" (month), "Début 2015",
 * "mi-2015", "early 2015", "en 2015" (year). A date without a year takes it from the publication
 * date and says so; ranges of years ("2023-2025") are terms, not dates, and are skipped.
 */
public final class DateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    static final String FR_MONTH = "(?iu:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
            + "|octobre|novembre|décembre|decembre)";
    /** English month names are capitalised; "may" in lower case is the verb. */
    static final String EN_MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![\\p{L}]))";
    private static final String MONTH = "(" + FR_MONTH + "|" + EN_MONTH + ")";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)(?![\\p{N}])";
    private static final String DAY = "(1er|premier|[0-3]?\\d)(?:st|nd|rd|th)?(?![\\p{N}])";
    private static final String SPACE = "[\\s\\u00A0\\u202F]+";
    private static final String B = "(?<![\\p{L}\\p{N}])";

    private record Form(Pattern pattern, Function<Matcher, Parts> read) {
    }

    /** What an expression gives: a year (null when missing), a month and a day (0 when missing). */
    private record Parts(Integer year, int month, int day, Precision precision, String rough, int yearShift,
                         DayOfWeek weekday, Integer daysBack) {

        Parts(Integer year, int month, int day, Precision precision, String rough, int yearShift) {
            this(year, month, day, precision, rough, yearShift, null, null);
        }

        Parts(Integer year, int month, int day, Precision precision, String rough, int yearShift, DayOfWeek weekday) {
            this(year, month, day, precision, rough, yearShift, weekday, null);
        }

        /** "today", "hier", "last week": so many days before the publication date, at the given precision. */
        static Parts daysBack(int days, Precision precision) {
            return new Parts(null, 0, 0, precision, null, 0, null, days);
        }
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final List<Form> FORMS = List.of(
            // a range of years is a term ("2023-2025", "de 2023 à 2025"): recognised so that it is skipped
            new Form(Pattern.compile(B + "(?:de" + SPACE + "|from" + SPACE + ")?" + YEAR
                    + "\\s*(?:[-–/]|à|au|to|until|jusqu'en)\\s*" + YEAR), m -> null),
            new Form(Pattern.compile(B + "(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])"),
                    m -> new Parts(num(m, 1), num(m, 2), num(m, 3), Precision.day, null, 0)),
            new Form(Pattern.compile(B + "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\p{N}])"),
                    m -> numericDay(num(m, 1), num(m, 2), num(m, 3))),
            new Form(Pattern.compile(B + DAY + "(?:\\s*(?:et|au|and|to|[-–])\\s*[0-3]?\\d(?:st|nd|rd|th)?)?" + SPACE + MONTH
                    + "(?:,?" + SPACE + YEAR + ")?"),
                    m -> new Parts(optNum(m, 3), month(m.group(2)), day(m.group(1)), Precision.day, null, 0)),
            new Form(Pattern.compile(B + "(" + EN_MONTH + ")" + SPACE + DAY
                    + "(?:\\s*(?:and|to|[-–])\\s*[0-3]?\\d(?:st|nd|rd|th)?)?(?:,?" + SPACE + YEAR + ")?"),
                    m -> new Parts(optNum(m, 3), month(m.group(1)), day(m.group(2)), Precision.day, null, 0)),
            new Form(Pattern.compile(B + MONTH + ",?" + SPACE + "(?:de" + SPACE + "l['’]année" + SPACE + ")?" + YEAR),
                    m -> new Parts(num(m, 2), month(m.group(1)), 0, Precision.month, null, 0)),
            new Form(Pattern.compile(B + "(?iu:(début|debut|fin|mi|courant|milieu|printemps|été|ete|automne|hiver"
                    + "|early|late|mid|end|beginning|start|spring|summer|autumn|fall|winter))"
                    + "(?:\\s*[-–]\\s*|" + SPACE + "(?iu:(?:de|of|du)" + SPACE + ")?(?iu:l['’]année" + SPACE + "|d['’])?)" + YEAR),
                    m -> new Parts(num(m, 2), 0, 0, Precision.year, m.group(1), 0)),
            new Form(Pattern.compile(B + "(?iu:(?:en|au" + SPACE + "mois" + SPACE + "de|le" + SPACE + "mois" + SPACE
                    + "de|depuis|in|since|last|this))" + SPACE + MONTH + "(?!" + SPACE + "\\d|,?\\s*\\d)"),
                    m -> new Parts(null, month(m.group(1)), 0, Precision.month, null, 0)),
            new Form(Pattern.compile(B + "(?iu:(l['’]année" + SPACE + "prochaine|l['’]an" + SPACE + "prochain|next"
                    + SPACE + "year|l['’]année" + SPACE + "dernière|l['’]an" + SPACE + "dernier|l['’]année" + SPACE
                    + "passée|l['’]an" + SPACE + "passé|last" + SPACE + "year|cette" + SPACE + "année|this" + SPACE
                    + "year))(?![\\p{L}])"),
                    m -> new Parts(null, 0, 0, Precision.year, m.group(1), relativeShift(m.group(1)))),
            // a day named from the publication date: "today", "aujourd'hui", "hier", "yesterday"; a week, to its month
            new Form(Pattern.compile(B + "(?iu:(today|aujourd['’]hui|ce\\s+jour|this\\s+morning|this\\s+afternoon|ce\\s+matin"
                    + "|cet\\s+après-midi|yesterday|hier|avant-hier|the\\s+day\\s+before\\s+yesterday|last\\s+week|la\\s+semaine"
                    + "\\s+dernière|la\\s+semaine\\s+passée|this\\s+week|cette\\s+semaine))(?![\\p{L}])"),
                    m -> relativeDay(m.group(1))),
            // a weekday alone ("on Saturday", "samedi dernier") is the last such day up to publication
            new Form(Pattern.compile(B + "(?:(?iu:on|le|ce|last|this)" + SPACE + ")?((?iu:lundi|mardi|mercredi|jeudi|vendredi"
                    + "|samedi|dimanche)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:" + SPACE
                    + "(?iu:dernier))?(?![\\p{L}])(?!,?" + SPACE + "(?:\\d|" + MONTH + "))"),
                    m -> new Parts(null, 0, 0, Precision.day, null, 0, WEEKDAYS.get(NumberWords.key(m.group(1))))),
            new Form(Pattern.compile(B + "(?<![\\-–/]\\s?)" + YEAR + "(?!\\s*[-–/]\\s*\\d)"),
                    m -> new Parts(num(m, 1), 0, 0, Precision.year, null, 0)));

    private DateFinder() {
    }

    /** The dates of {@code text[from, to)}; {@code published} (may be null) supplies missing years. */
    public static List<DateMention> find(String text, int from, int to, PartialDate published) {
        List<int[]> taken = new ArrayList<>();
        List<DateMention> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = NumberFinder.within(form.pattern().matcher(text), from, to);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                Parts parts = form.read().apply(m);
                if (parts != null && parts.month() <= 12 && parts.day() <= 31) {
                    found.add(resolve(m.start(), m.end(), m.group(), parts, published));
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static DateMention resolve(int start, int end, String words, Parts parts, PartialDate published) {
        if (parts.weekday() != null) {
            return weekday(start, end, words, parts.weekday(), published);
        }
        if (parts.daysBack() != null) {
            return daysBack(start, end, words, parts, published);
        }
        Integer year = parts.year();
        String derivation = parts.rough() == null || year == null
                ? null : "« " + words.trim() + " »: " + roughMeaning(parts.rough()) + " " + year + "; the month is not given.";
        Basis basis = Basis.stated;
        if (year == null) {
            if (published == null) {
                return new DateMention(start, end, null, Basis.inferred,
                        "« " + words.trim() + " » gives no year and the publication date is unknown.");
            }
            year = published.date().getYear() + parts.yearShift();
            boolean afterPublication = parts.month() > 0 && published.precision() != Precision.year
                    && parts.month() > published.date().getMonthValue();
            if (afterPublication) {
                year -= 1;
            }
            basis = Basis.inferred;
            derivation = "« " + words.trim() + " » gives no year; " + year + " is "
                    + (parts.yearShift() != 0 ? "counted from" : afterPublication ? "the year before" : "the year of")
                    + " the publication date (" + published.iso() + ")"
                    + (afterPublication ? ", since that month had not yet come" : "") + ".";
        }
        LocalDate first = LocalDate.of(year, Math.max(parts.month(), 1), 1);
        if (parts.day() > 0) {
            if (parts.day() > first.lengthOfMonth()) {
                return new DateMention(start, end, null, basis, "« " + words.trim() + " » is not a valid date.");
            }
            first = first.withDayOfMonth(parts.day());
        }
        return new DateMention(start, end, new PartialDate(first, parts.precision()), basis, derivation);
    }

    private static DateMention weekday(int start, int end, String words, DayOfWeek day, PartialDate published) {
        if (published == null || published.precision() != Precision.day) {
            return new DateMention(start, end, null, Basis.inferred, "« " + words.trim()
                    + " » names a weekday, and the publication date is not known to the day.");
        }
        LocalDate date = published.date().with(TemporalAdjusters.previousOrSame(day));
        return new DateMention(start, end, new PartialDate(date, Precision.day), Basis.inferred, "« " + words.trim()
                + " »: the " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " on or before the publication date ("
                + published.iso() + ").");
    }

    private static Parts relativeDay(String words) {
        String key = NumberWords.key(words).replaceAll("\\s+", " ");
        if (key.contains("week") || key.contains("semaine")) {
            return Parts.daysBack(key.startsWith("last") || key.contains("derniere") || key.contains("passee") ? 7 : 0,
                    Precision.month);
        }
        if (key.startsWith("avant") || key.startsWith("the day before")) {
            return Parts.daysBack(2, Precision.day);
        }
        return Parts.daysBack(key.equals("yesterday") || key.equals("hier") ? 1 : 0, Precision.day);
    }

    private static DateMention daysBack(int start, int end, String words, Parts parts, PartialDate published) {
        if (published == null || published.precision() != Precision.day) {
            return new DateMention(start, end, null, Basis.inferred, "« " + words.trim()
                    + " » is counted from the publication date, which is not known to the day.");
        }
        LocalDate date = published.date().minusDays(parts.daysBack());
        if (parts.precision() == Precision.month) {
            date = date.withDayOfMonth(1);
        }
        String counted = parts.daysBack() == 0 ? "the publication date" : parts.daysBack() + " day(s) before the publication date";
        return new DateMention(start, end, new PartialDate(date, parts.precision()), Basis.inferred, "« " + words.trim()
                + " »: " + counted + " (" + published.iso() + ")" + (parts.precision() == Precision.month ? ", to its month" : "")
                + ".");
    }

    private static String roughMeaning(String rough) {
        String key = NumberWords.key(rough);
        return switch (key) {
            case "debut", "early", "beginning", "start" -> "early";
            case "fin", "late", "end" -> "late";
            case "mi", "milieu", "mid" -> "mid";
            case "courant" -> "during";
            default -> "in the " + key + " of";
        };
    }

    private static int relativeShift(String words) {
        String key = NumberWords.key(words);
        if (key.contains("prochain") || key.startsWith("next")) {
            return 1;
        }
        if (key.contains("dernier") || key.contains("passe") || key.startsWith("last")) {
            return -1;
        }
        return 0;
    }

    private static Parts numericDay(int first, int second, int year) {
        // day first, as in French and British usage, unless that cannot be (12/24/2024)
        return first <= 12 && second > 12
                ? new Parts(year, first, second, Precision.day, null, 0)
                : new Parts(year, second, first, Precision.day, null, 0);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    /** The number of a French or English month name or abbreviation, 13 for none. */
    static int month(String name) {
        return MONTHS.getOrDefault(NumberWords.key(name).replace(".", ""), 13);
    }

    private static int day(String day) {
        String key = NumberWords.key(day);
        return key.equals("1er") || key.equals("premier") ? 1 : Integer.parseInt(key.replaceAll("\\D", ""));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Integer optNum(Matcher m, int group) {
        return m.group(group) == null ? null : Integer.valueOf(m.group(group));
    }
}
