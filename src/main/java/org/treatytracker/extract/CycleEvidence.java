package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.provenance.PartialDate;

/**
 * What a sentence says about which UPR review it reports: a named cycle ("cycle IV", "third
 * cycle"), a Working Group session, the Council session that adopted the outcome, the date of the
 * review, or the state's n-th review ("pour la première fois", "Le deuxième"), which is cycle n.
 * The cycle is taken from the first of these that gives one, in that order; else it is left null.
 */
record CycleEvidence(Integer cycle, Integer session, String reviewedOn, Integer adoptedAtHrcSession, String note,
                     List<int[]> spans) {

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("1er", 1), Map.entry("1re", 1),
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("deuxieme", 2), Map.entry("second", 2),
            Map.entry("seconde", 2), Map.entry("2e", 2), Map.entry("2eme", 2), Map.entry("2nd", 2),
            Map.entry("troisieme", 3), Map.entry("third", 3), Map.entry("3e", 3), Map.entry("3eme", 3),
            Map.entry("3rd", 3), Map.entry("quatrieme", 4), Map.entry("fourth", 4), Map.entry("4e", 4),
            Map.entry("4eme", 4), Map.entry("4th", 4), Map.entry("cinquieme", 5), Map.entry("fifth", 5),
            Map.entry("5e", 5), Map.entry("5eme", 5), Map.entry("5th", 5),
            Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("v", 5),
            Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5));

    private static final String ORDINAL = "(premi[eè]re?|1er|1re|first|1st|deuxi[eè]me|second[e]?|2e|2[eè]me|2nd"
            + "|troisi[eè]me|third|3e|3[eè]me|3rd|quatri[eè]me|fourth|4e|4[eè]me|4th|cinqui[eè]me|fifth|5e|5[eè]me|5th)";

    private static final Pattern NAMED_CYCLE = Pattern.compile(
            "(?iu)(?<![\\p{L}])cycle\\s+(?:d['’]examen\\s+|of\\s+the\\s+UPR\\s+)?(I{1,3}|IV|V|[1-5])(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])" + ORDINAL + "\\s+(?:(?:UPR|EPU)\\s+)?cycle(?![\\p{L}])");

    private static final Pattern WORKING_GROUP_SESSION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|è|ème|eme|th|st|nd|rd)?\\s+session\\s+(?:du\\s+groupe\\s+de\\s+travail"
                    + "|of\\s+the\\s+(?:UPR\\s+)?working\\s+group)");

    private static final Pattern COUNCIL_SESSION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|è|ème|eme|th|st|nd|rd)\\s+(?:session\\s+(?:ordinaire\\s+)?"
                    + "(?:du\\s+(?:CDH|conseil\\s+des\\s+droits\\s+de\\s+l['’]homme)|of\\s+the\\s+(?:UN\\s+)?(?:HRC|human\\s+rights\\s+council))"
                    + "|(?:regular\\s+)?session\\s+of\\s+the\\s+(?:UN\\s+)?(?:HRC|human\\s+rights\\s+council))");

    private static final Pattern NTH_REVIEW = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:pour\\s+la\\s+|for\\s+the\\s+)?" + ORDINAL
                    + "(?:\\s+(?:fois|time|examen|EPU|UPR|review|passage)(?![\\p{L}])"
                    + "|\\s+(?:a|fut|était|s['’]est|was|took|has|had)(?![\\p{L}]))");

    /** A pattern's first match in a sentence: its span, the group read, and the words matched. */
    private record Match(int start, int end, String group, String words) {
    }

    /**
     * What the sentence names whatever the claim's place in it: read once per sentence (a sentence
     * reporting several reviews asks once per review, and each asking read the whole sentence again).
     */
    private record Cues(Match session, Match councilSession, Match named, Match nth) {
    }

    private static final Object CUES = new Object();

    static CycleEvidence read(Sentence sentence, AnalysedArticle article, int anchor) {
        UprCalendar calendar = article.calendar();
        Cues cues = article.memo(List.of(CUES, sentence.index()), () -> cues(sentence, article.text()));
        List<int[]> spans = new ArrayList<>();
        Integer session = number(cues.session(), spans);
        Integer councilSession = number(cues.councilSession(), spans);
        Optional<DateMention> date = article.dates(sentence).stream()
                .filter(d -> d.date() != null)
                .min(Comparator.comparingInt(d -> Math.abs(d.start() - anchor)));
        date.ifPresent(d -> spans.add(new int[] {d.start(), d.end()}));
        String reviewedOn = date.map(d -> d.date().iso()).orElse(null);

        Match named = cues.named();
        if (named != null) {
            spans.add(new int[] {named.start(), named.end()});
            int number = ORDINALS.get(NumberWords.key(named.group()));
            return new CycleEvidence(number, session, reviewedOn, councilSession,
                    "cycle " + number + ": named in the sentence (« " + named.words().strip() + " »)", spans);
        }
        if (session != null) {
            Optional<UprCalendar.Cycle> bySession = calendar.ofSession(session);
            if (bySession.isPresent()) {
                return new CycleEvidence(bySession.get().number(), session, reviewedOn, councilSession,
                        "cycle " + bySession.get().number() + ": inferred from Working Group session " + session, spans);
            }
        }
        if (date.isPresent()) {
            PartialDate on = date.get().date();
            Optional<UprCalendar.Cycle> byYear = calendar.ofYear(on.date().getYear());
            if (byYear.isPresent()) {
                return new CycleEvidence(byYear.get().number(), session, reviewedOn, councilSession,
                        "cycle " + byYear.get().number() + ": inferred from the year " + on.date().getYear()
                                + (date.get().basis() == PartialDate.Basis.inferred ? " (itself inferred)" : ""), spans);
            }
        }
        Match nth = cues.nth();
        if (nth != null) {
            int number = ORDINALS.get(NumberWords.key(nth.group()));
            if (calendar.exists(number)) {
                spans.add(new int[] {nth.start(), nth.start() + nth.words().stripTrailing().length()});
                return new CycleEvidence(number, session, reviewedOn, councilSession, "cycle " + number
                        + ": inferred from « " + nth.words().strip() + " », the state's review number " + number, spans);
            }
        }
        String why = date.isPresent()
                ? "cycle left empty: the year " + date.get().date().date().getYear() + " falls in no single cycle"
                : "cycle left empty: the sentence names no cycle, session, date or review number";
        return new CycleEvidence(null, session, reviewedOn, councilSession, why, spans);
    }

    private static Cues cues(Sentence sentence, String text) {
        Matcher named = NumberFinder.within(NAMED_CYCLE.matcher(text), sentence.start(), sentence.end());
        Matcher nth = NumberFinder.within(NTH_REVIEW.matcher(text), sentence.start(), sentence.end());
        return new Cues(first(WORKING_GROUP_SESSION, sentence, text), first(COUNCIL_SESSION, sentence, text),
                named.find() ? new Match(named.start(), named.end(), named.group(1) != null ? named.group(1) : named.group(2),
                        named.group()) : null,
                nth.find() ? new Match(nth.start(), nth.end(), nth.group(1), nth.group()) : null);
    }

    private static Match first(Pattern pattern, Sentence sentence, String text) {
        Matcher m = NumberFinder.within(pattern.matcher(text), sentence.start(), sentence.end());
        return m.find() ? new Match(m.start(), m.end(), m.group(1), m.group()) : null;
    }

    private static Integer number(Match match, List<int[]> spans) {
        if (match == null) {
            return null;
        }
        spans.add(new int[] {match.start(), match.end()});
        return Integer.valueOf(match.group());
    }
}
