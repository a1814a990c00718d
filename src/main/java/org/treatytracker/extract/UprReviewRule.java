package org.treatytracker.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UPR reviews and their totals: the numbers of a sentence about recommendations are given roles
 * (received, accepted, noted) by their structure ("96 des 123", "241 out of 291", "sur un total de
 * 227") and by the nearest cue word ("acceptant", "reçu", "noted"); percentages of a known total
 * are turned into counts and say so. A sentence reporting that a review's outcome was adopted at a
 * Council session, with its cycle, is a review without totals.
 */
public final class UprReviewRule implements ExtractionRule {

    static final String ACCEPTED_OF_TOTAL = "upr.accepted-of-total";
    static final String RECEIVED_THEN_RESPONSES = "upr.received-then-responses";
    static final String RESPONSES_ONLY = "upr.responses";
    static final String RECEIVED_ONLY = "upr.received-total";
    static final String PERCENTAGE = "upr.percentage-of-total";
    static final String OUTCOME_ADOPTED = "upr.outcome-adopted";

    private enum Role { TOTAL, ACCEPTED, NOTED }

    private static final Pattern RECOMMENDATION = Pattern.compile("(?iu)(?<![\\p{L}])recomm[ae]ndations?(?![\\p{L}])");
    static final Pattern UPR = Pattern.compile("(?<![\\p{L}])(?:EPU|UPR|(?iu:examen\\s+périodique(?:\\s+universel)?"
            + "|universal\\s+periodic\\s+review|periodic\\s+review))(?![\\p{L}])");
    private static final Pattern ADOPTED = Pattern.compile("(?iu)(?<![\\p{L}])adopt\\p{L}*");

    /** Between a part and its whole: "96 des 123", "241 out of 291", "182 [...] sur un total de 227". */
    private static final Pattern PART_OF_WHOLE = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:des|sur|of|out\\s+of|parmi|among)(?:\\s+(?:les|the|un\\s+total\\s+de|a\\s+total\\s+of))?"
                    + "|total\\s+(?:de|of))\\s*$");
    private static final Pattern WHOLE_FIRST = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:of|sur|parmi|among|des)\\s+(?:the|les|ses|its)\\s*$");
    private static final Pattern ACCEPT_CUE = Pattern.compile("accept\\w*|soutenu\\w*|soutient|soutenir|appuy\\w*"
            + "|support\\w*|endors\\w*|agreed|agree");
    private static final Pattern NOTE_CUE = Pattern.compile("note|notee|notees|notes|noted|noter|rejet\\w*|reject\\w*"
            + "|refus\\w*|declin\\w*");
    private static final Pattern TOTAL_CUE = Pattern.compile("recu|recue|recus|recues|recevoir|recevant|recoit|received"
            + "|receiving|receive|receives|total|totale|formulees?|adressees?");
    private static final int CUE_WORDS_BEFORE = 6;
    private static final int CUE_WORDS_AFTER = 5;

    @Override
    public List<Finding> apply(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        String words = article.text(sentence);
        if (!RECOMMENDATION.matcher(words).find()) {
            return adoption(sentence, article);
        }
        Optional<Double> context = uprContext(sentence, article);
        if (context.isEmpty()) {
            return List.of();
        }
        List<NumberMention> numbers = article.numbers(sentence).stream()
                .filter(n -> !n.yearLike() && n.value().signum() > 0 && !demonstrative(text, n))
                .toList();
        List<Words.Word> sentenceWords = Words.of(text, sentence.start(), sentence.end());
        List<Assigned> assigned = roles(text, numbers, sentenceWords);
        List<Finding> findings = new ArrayList<>();
        for (List<Assigned> group : groups(assigned)) {
            review(sentence, article, group, context.get()).ifPresent(findings::add);
        }
        return findings.isEmpty() ? adoption(sentence, article) : findings;
    }

    private record Assigned(NumberMention number, Role role, Words.Word cue, NumberMention part) {
    }

    private List<Assigned> roles(String text, List<NumberMention> numbers, List<Words.Word> words) {
        List<Assigned> assigned = new ArrayList<>();
        List<NumberMention> wholes = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.size(); i++) {
            NumberMention part = numbers.get(i);
            NumberMention whole = numbers.get(i + 1);
            String between = text.substring(part.end(), whole.start());
            if (!whole.percent() && between.length() <= 80 && PART_OF_WHOLE.matcher(between).find()
                    && (part.percent() || part.value().compareTo(whole.value()) <= 0)) {
                wholes.add(whole);
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            NumberMention number = numbers.get(i);
            if (wholes.contains(number)) {
                assigned.add(new Assigned(number, Role.TOTAL, null, i > 0 ? numbers.get(i - 1) : null));
                continue;
            }
            String before = text.substring(Math.max(0, number.start() - 20), number.start());
            if (!number.percent() && WHOLE_FIRST.matcher(before).find() && RECOMMENDATION.matcher(
                    text.substring(number.end(), Math.min(text.length(), number.end() + 30))).find()) {
                assigned.add(new Assigned(number, Role.TOTAL, null, null));
                continue;
            }
            nearestCue(words, number, numbers).ifPresent(cue -> assigned.add(
                    new Assigned(number, roleOf(cue.key()), cue, null)));
        }
        assigned.sort(Comparator.comparingInt(a -> a.number().start()));
        return assigned;
    }

    /** The closest cue word, not looking past another number; ties go to the word before. */
    private Optional<Words.Word> nearestCue(List<Words.Word> words, NumberMention number, List<NumberMention> numbers) {
        int first = Words.indexAt(words, number.start());
        int after = Words.indexAt(words, number.end());
        Words.Word best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int d = 1; d <= CUE_WORDS_BEFORE && first - d >= 0; d++) {
            Words.Word word = words.get(first - d);
            if (insideNumber(word, numbers)) {
                break;
            }
            if (roleOf(word.key()) != null) {
                best = word;
                bestDistance = d;
                break;
            }
        }
        for (int d = 1; d <= CUE_WORDS_AFTER && after + d - 1 < words.size(); d++) {
            Words.Word word = words.get(after + d - 1);
            if (insideNumber(word, numbers) || d >= bestDistance) {
                break;
            }
            if (roleOf(word.key()) != null) {
                best = word;
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean insideNumber(Words.Word word, List<NumberMention> numbers) {
        return numbers.stream().anyMatch(n -> word.start() >= n.start() && word.end() <= n.end());
    }

    private static Role roleOf(String key) {
        if (ACCEPT_CUE.matcher(key).matches()) {
            return Role.ACCEPTED;
        }
        if (NOTE_CUE.matcher(key).matches()) {
            return Role.NOTED;
        }
        if (TOTAL_CUE.matcher(key).matches()) {
            return Role.TOTAL;
        }
        return null;
    }

    /** Consecutive numbers with different roles report one review; a role seen again starts the next. */
    private static List<List<Assigned>> groups(List<Assigned> assigned) {
        List<List<Assigned>> groups = new ArrayList<>();
        List<Assigned> current = new ArrayList<>();
        for (Assigned a : assigned) {
            boolean repeated = current.stream().anyMatch(c -> c.role() == a.role()
                    && c.number().percent() == a.number().percent());
            if (repeated) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(a);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private Optional<Finding> review(Sentence sentence, AnalysedArticle article, List<Assigned> group, double confidence) {
        Integer total = count(group, Role.TOTAL);
        Integer accepted = count(group, Role.ACCEPTED);
        Integer noted = count(group, Role.NOTED);
        List<String> notes = new ArrayList<>();
        String derivation = null;
        String rule;
        Optional<Assigned> percentAccepted = group.stream()
                .filter(a -> a.number().percent() && a.role() == Role.ACCEPTED).findFirst();
        Optional<Assigned> percentNoted = group.stream()
                .filter(a -> a.number().percent() && a.role() == Role.NOTED).findFirst();
        if (accepted == null && noted == null && total != null && (percentAccepted.isPresent() || percentNoted.isPresent())) {
            Assigned percent = percentAccepted.orElseGet(percentNoted::get);
            int derived = percent.number().value().multiply(BigDecimal.valueOf(total))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
            if (percentAccepted.isPresent()) {
                accepted = derived;
            } else {
                noted = derived;
            }
            derivation = percent.number().value().toPlainString() + "% of " + total + " recommendations, rounded: "
                    + derived + ".";
            notes.add("the count is computed from a percentage: " + derivation);
            rule = PERCENTAGE;
            confidence -= 0.15;
        } else if (total != null && group.stream().anyMatch(a -> a.role() == Role.TOTAL && a.part() != null)) {
            rule = ACCEPTED_OF_TOTAL;
        } else if (total != null && (accepted != null || noted != null)) {
            rule = RECEIVED_THEN_RESPONSES;
        } else if (accepted != null || noted != null) {
            rule = RESPONSES_ONLY;
            confidence -= 0.05;
        } else if (total != null && group.stream().anyMatch(a -> a.cue() != null)) {
            rule = RECEIVED_ONLY;
            confidence -= 0.1;
        } else {
            return Optional.empty();
        }
        int first = group.get(0).number().start();
        Optional<Attribution> state = article.stateFor(sentence, first, false);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        notes.add(state.get().note());
        CycleEvidence cycle = CycleEvidence.read(sentence, article, first);
        notes.add(cycle.note());
        int start = first;
        int end = group.get(group.size() - 1).number().end();
        for (Assigned a : group) {
            if (a.cue() != null) {
                start = Math.min(start, a.cue().start());
                end = Math.max(end, a.cue().end());
            }
        }
        Matcher noun = RECOMMENDATION.matcher(article.text()).region(end, Math.min(sentence.end(), end + 40));
        if (noun.find() && article.text().substring(end, noun.start()).split("\\s+").length <= 3) {
            end = noun.end();
        }
        for (int[] span : cycle.spans()) {
            start = Math.min(start, span[0]);
            end = Math.max(end, span[1]);
        }
        UprReviewBody body = new UprReviewBody(state.get().code(), cycle.cycle(), cycle.session(), cycle.reviewedOn(),
                cycle.adoptedAtHrcSession(), total, accepted, noted, List.of());
        return Optional.of(new Finding(body, start, end, rule, confidence, notes, derivation));
    }

    private static Integer count(List<Assigned> group, Role role) {
        return group.stream().filter(a -> a.role() == role && !a.number().percent() && a.number().whole())
                .map(a -> a.number().intValue()).findFirst().orElse(null);
    }

    /** A review whose outcome the sentence says was adopted, at a Council session or in a named cycle. */
    private List<Finding> adoption(Sentence sentence, AnalysedArticle article) {
        String words = article.text(sentence);
        Matcher upr = UPR.matcher(words);
        Matcher adopted = ADOPTED.matcher(words);
        if (!upr.find() || !adopted.find()) {
            return List.of();
        }
        int uprAt = sentence.start() + upr.start();
        CycleEvidence cycle = CycleEvidence.read(sentence, article, uprAt);
        if (cycle.cycle() == null && cycle.adoptedAtHrcSession() == null) {
            return List.of();
        }
        Optional<Attribution> state = article.stateFor(sentence, uprAt, false);
        if (state.isEmpty()) {
            return List.of();
        }
        int start = Math.min(uprAt, sentence.start() + adopted.start());
        int end = Math.max(sentence.start() + upr.end(), sentence.start() + adopted.end());
        for (int[] span : cycle.spans()) {
            start = Math.min(start, span[0]);
            end = Math.max(end, span[1]);
        }
        if (state.get().mention() != null && state.get().mention().start() > start && state.get().mention().end() < end + 60) {
            end = Math.max(end, state.get().mention().end());
        }
        List<String> notes = new ArrayList<>(List.of(state.get().note(), cycle.note(),
                "the sentence reports the adoption of the outcome; it gives no totals"));
        // a date here is when the outcome was adopted, not when the review took place
        UprReviewBody body = new UprReviewBody(state.get().code(), cycle.cycle(), cycle.session(), null,
                cycle.adoptedAtHrcSession(), null, null, null, List.of());
        return List.of(new Finding(body, start, end, OUTCOME_ADOPTED, 0.75, notes, null));
    }

    /** How surely the sentence is about the UPR: said in it (0.9), just before (0.85), or in the article (0.7). */
    private static Optional<Double> uprContext(Sentence sentence, AnalysedArticle article) {
        if (UPR.matcher(article.text(sentence)).find()) {
            return Optional.of(0.9);
        }
        Optional<Sentence> previous = article.previous(sentence);
        for (int i = 0; i < 2 && previous.isPresent(); i++) {
            if (UPR.matcher(article.text(previous.get())).find()) {
                return Optional.of(0.85);
            }
            previous = article.previous(previous.get());
        }
        boolean inRegion = article.sentences().stream()
                .filter(s -> s.teaser() == sentence.teaser())
                .anyMatch(s -> UPR.matcher(article.text(s)).find());
        return inRegion ? Optional.of(0.7) : Optional.empty();
    }

    /** "ces 182 recommandations" refers back to a number already reported. */
    private static boolean demonstrative(String text, NumberMention number) {
        String before = text.substring(Math.max(0, number.start() - 8), number.start());
        return before.matches("(?isu).*(?<![\\p{L}])(?:ces|these|those)\\s+$");
    }
}
