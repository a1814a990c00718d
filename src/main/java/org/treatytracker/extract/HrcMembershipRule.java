package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human Rights Council terms: a span of years ("2023-2025", "de 2026 à 2028", "2023-25") near the
 * Council's name, with a word of membership ("membre", "elected", "seat") or of candidacy
 * ("candidature", "se représenter", "bid", "running for") in the same clause; the nearest word
 * decides, and "candidacy for membership" is a candidacy.
 */
public final class HrcMembershipRule implements ExtractionRule {

    static final String MEMBER = "hrc.member-term";
    static final String CANDIDATE = "hrc.candidate-term";
    static final String MEMBER_NO_TERM = "hrc.member-no-term";
    static final String CANDIDATE_NO_TERM = "hrc.candidate-no-term";
    static final String SAME_TERM = "hrc.same-term";

    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{N}])((?:19|20)\\d\\d)\\s*(?:[-–/]|(?iu:à|au|to|until|jusqu['’]en))\\s*((?:19|20)?\\d\\d)(?![\\p{N}])");
    private static final Pattern COUNCIL = Pattern.compile(
            "(?iu:conseil\\s+des\\s+droits\\s+(?:de\\s+l['’]homme|humains)|human\\s+rights\\s+council)"
                    + "|(?<![\\p{L}])(?:CDH|HRC|UNHRC|CDHNU)(?![\\p{L}])");
    /** "le Conseil" alone, once the sentence or the one before has named the Human Rights Council. */
    private static final Pattern COUNCIL_AGAIN = Pattern.compile(
            "(?<![\\p{L}])(?:Conseil|Council)(?![\\p{L}])(?!\\s+(?:de\\s+sécurité|économique|d['’]|des\\s+ministres|constitutionnel"
                    + "|municipal|général|européen|of\\s+Europe|of\\s+Ministers|Security|European))");
    private static final Pattern COUNCIL_OR_AGAIN = Pattern.compile(COUNCIL.pattern() + "|" + COUNCIL_AGAIN.pattern());
    private static final Pattern CANDIDATE_CUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:candidat\\p{L}*|se\\s+représenter|se\\s+présenter|se\\s+porter|brigu\\p{L}*|postul\\p{L}*"
                    + "|candidacy|candidate|bid|run(?:s|ning)?\\s+for|stand(?:s|ing)?\\s+for|seek\\p{L}*|sought"
                    + "|campaign\\p{L}*|re-?election)(?![\\p{L}])");
    private static final Pattern MEMBER_CUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:membre|membres|member|members|membership|siège|siéger|siégera|siège|seat|élu|élue"
                    + "|elected|réélu|réélue|re-?elected|serv\\p{L}*)(?![\\p{L}])");
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:la|le)\\s+même\\s+(?:période|mandat)|the\\s+same\\s+(?:period|term))(?![\\p{L}])");
    private static final int MAX_COUNCIL_DISTANCE = 200;
    private static final int MAX_CUE_BEFORE_COUNCIL = 40;
    private static final int CANDIDACY_GOVERNS = 30;

    private record Cue(int start, int end, boolean candidate) {
    }

    @Override
    public List<Finding> apply(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        List<Finding> findings = new ArrayList<>();
        Matcher term = NumberFinder.within(TERM.matcher(text), sentence.start(), sentence.end());
        int clauseStart = sentence.start();
        while (term.find()) {
            int first = Integer.parseInt(term.group(1));
            int last = Integer.parseInt(term.group(2));
            if (last < 100) {
                last += first / 100 * 100;
            }
            int clauseEnd = term.start();
            int termEnd = term.end();
            if (last > first && last - first <= 4) {
                term(sentence, article, clauseStart, clauseEnd, termEnd, first, last).ifPresent(findings::add);
            }
            clauseStart = termEnd;
        }
        return findings.isEmpty() ? withoutTerm(sentence, article) : findings;
    }

    /**
     * "membre du Conseil des droits de l'homme" with no term in the sentence: the term of "la même
     * période" if the sentence says so, else a membership or candidacy whose term the text does not
     * give (the extractor folds it into a claim with a term for the same state, if there is one).
     */
    private List<Finding> withoutTerm(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        List<Finding> findings = new ArrayList<>();
        Matcher council = NumberFinder.within(COUNCIL.matcher(text), sentence.start(), sentence.end());
        int clauseStart = sentence.start();
        while (council.find()) {
            int from = Math.max(clauseStart, council.start() - MAX_CUE_BEFORE_COUNCIL - 30);
            List<Cue> cues = new ArrayList<>();
            collect(CANDIDATE_CUE, text, from, council.start(), true, cues);
            collect(MEMBER_CUE, text, from, council.start(), false, cues);
            Optional<Cue> nearest = cues.stream().max((a, b) -> Integer.compare(a.start(), b.start()))
                    .filter(c -> council.start() - c.end() <= MAX_CUE_BEFORE_COUNCIL);
            clauseStart = council.end();
            if (nearest.isEmpty()) {
                continue;
            }
            Cue cue = nearest.get();
            boolean candidate = cue.candidate() || cues.stream()
                    .anyMatch(c -> c.candidate() && c.end() <= cue.start() && cue.start() - c.end() <= CANDIDACY_GOVERNS);
            Optional<Attribution> state = article.stateFor(sentence, cue.start(), false);
            if (state.isEmpty()) {
                continue;
            }
            List<String> notes = new ArrayList<>(List.of(state.get().note()));
            Matcher same = NumberFinder.within(SAME_PERIOD.matcher(text), council.end(), Math.min(sentence.end(), council.end() + 80));
            Optional<int[]> term = same.find() ? previousTerm(sentence, article) : Optional.empty();
            int end = term.isPresent() ? same.end() : council.end();
            String rule;
            double confidence;
            if (term.isPresent()) {
                notes.add("term: « " + same.group() + " » refers back to the term " + term.get()[0] + "-" + term.get()[1]);
                rule = SAME_TERM;
                confidence = 0.7;
            } else {
                notes.add("term: not given in the text, left empty");
                rule = candidate ? CANDIDATE_NO_TERM : MEMBER_NO_TERM;
                confidence = 0.55;
            }
            HrcMembershipBody body = new HrcMembershipBody(state.get().code(), term.map(t -> t[0]).orElse(null),
                    term.map(t -> t[1]).orElse(null), candidate ? "candidate" : "member", List.of());
            findings.add(new Finding(body, Math.min(cue.start(), council.start()), end, rule, confidence, notes, null));
        }
        return findings;
    }

    /** The last Council term named before the sentence in the same part of the page. */
    private static Optional<int[]> previousTerm(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        for (Optional<Sentence> s = article.previous(sentence); s.isPresent(); s = article.previous(s.get())) {
            Matcher term = NumberFinder.within(TERM.matcher(text), s.get().start(), s.get().end());
            int[] last = null;
            while (term.find()) {
                if (lastMatch(COUNCIL, text, Math.max(s.get().start(), term.start() - MAX_COUNCIL_DISTANCE), term.start()).isPresent()) {
                    int first = Integer.parseInt(term.group(1));
                    int end = Integer.parseInt(term.group(2));
                    last = new int[] {first, end < 100 ? end + first / 100 * 100 : end};
                }
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private Optional<Finding> term(Sentence sentence, AnalysedArticle article, int clauseStart, int termStart, int termEnd,
                                   int first, int last) {
        String text = article.text();
        Pattern council = councilNamed(sentence, article) ? COUNCIL_OR_AGAIN : COUNCIL;
        Optional<int[]> named = lastMatch(council, text, clauseStart, termStart)
                .filter(span -> termStart - span[1] <= MAX_COUNCIL_DISTANCE)
                .or(() -> firstMatch(council, text, termEnd, Math.min(sentence.end(), termEnd + 80)));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<Cue> cues = new ArrayList<>();
        collect(CANDIDATE_CUE, text, clauseStart, termStart, true, cues);
        collect(MEMBER_CUE, text, clauseStart, termStart, false, cues);
        Optional<Cue> nearest = cues.stream().max((a, b) -> Integer.compare(a.start(), b.start()));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        Cue cue = nearest.get();
        boolean candidate = cue.candidate() || cues.stream()
                .anyMatch(c -> c.candidate() && c.end() <= cue.start() && cue.start() - c.end() <= CANDIDACY_GOVERNS);
        Optional<Attribution> state = article.stateFor(sentence, termStart, false);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        int start = Math.min(cue.start(), named.get()[0]);
        int end = Math.max(termEnd, named.get()[1]);
        List<String> notes = List.of(state.get().note(),
                (candidate ? "candidacy" : "membership") + ": « " + text.substring(cue.start(), cue.end())
                        + " » is the word nearest the term");
        double confidence = named.get()[0] > termStart ? 0.75 : 0.85;
        HrcMembershipBody body = new HrcMembershipBody(state.get().code(), first, last,
                candidate ? "candidate" : "member", List.of());
        return Optional.of(new Finding(body, start, end, candidate ? CANDIDATE : MEMBER, confidence, notes, null));
    }

    /** Whether the Human Rights Council is named by its full name in the sentence or the one before. */
    private static boolean councilNamed(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        int from = article.previous(sentence).map(Sentence::start).orElse(sentence.start());
        return NumberFinder.within(COUNCIL.matcher(text), from, sentence.end()).find();
    }

    private static void collect(Pattern pattern, String text, int from, int to, boolean candidate, List<Cue> into) {
        Matcher m = NumberFinder.within(pattern.matcher(text), from, to);
        while (m.find()) {
            into.add(new Cue(m.start(), m.end(), candidate));
        }
    }

    private static Optional<int[]> lastMatch(Pattern pattern, String text, int from, int to) {
        Matcher m = NumberFinder.within(pattern.matcher(text), from, to);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
        }
        return Optional.ofNullable(last);
    }

    private static Optional<int[]> firstMatch(Pattern pattern, String text, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Matcher m = NumberFinder.within(pattern.matcher(text), from, to);
        return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }
}
