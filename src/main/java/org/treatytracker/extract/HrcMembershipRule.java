package org.treatytracker.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * A membership or candidacy whose term is that of an earlier sentence ("pour la même période", "for the
     * same term"): the term is found and a word of election governs it, 5 of 5 right over the labelled sets.
     */
    private static final double SAME_TERM_CONFIDENCE = 0.8;

    /** "2023-2025", "2015 à 2017"; not "2015 au 31 décembre", a day (see FROM_TO). */
    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{N}])((?:19|20)\\d\\d)\\s*(?:[-–/]|(?iu:à|au|to|until|jusqu['’]en))\\s*((?:19|20)?\\d\\d)(?![\\p{N}])"
                    + "(?!(?:st|nd|rd|th)?\\s+(?:" + DateFinder.FR_MONTH + "|" + DateFinder.EN_MONTH + "))");
    /**
     * "un mandat de trois ans à compter du 1er janvier 2026", "pour une période de trois ans débutant au
     * 1er janvier 2020", "three-year terms beginning on 1 January 2016", "un mandat de trois ans, prenant
     * effet le 19 juin 2011". A term that starts after 1 January ends in the third year after its first
     * ({@code later}): from June 2011 to June 2014.
     */
    private static final Pattern THREE_YEARS_FROM = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:mandat|période)\\s+de\\s+(?:trois|3)\\s+ans|(?:three|3)[-\\s]year\\s+(?:terms?|mandates?|period))[\\s,]+"
                    + "(?:(?:qui\\s+)?(?:débutera|commencera|débutant|commençant|prenant\\s+effet|prendra\\s+effet)\\s+(?:le|au)"
                    + "|à\\s+compter\\s+du|à\\s+compter\\s+de|à\\s+partir\\s+du|à\\s+partir\\s+de|starting(?:\\s+on)?|beginning(?:\\s+on)?"
                    + "|taking\\s+effect(?:\\s+on)?|from|as\\s+of|effective)\\s+"
                    + "(?:(?:1er|0?1|premier)\\s+janvier\\s+|(?:0?1\\s+)?January\\s+(?:0?1,?\\s+)?"
                    + "|(?<later>(?:1er|premier|[0-3]?\\d)\\s+(?:" + DateFinder.FR_MONTH + "|" + DateFinder.EN_MONTH + ")\\s+"
                    + "|(?:" + DateFinder.EN_MONTH + ")\\s+[0-3]?\\d,?\\s+))?(?<year>(?:19|20)\\d\\d)(?![\\p{N}])");
    /**
     * A term's start with no year after it: "starting on January 1", "à compter du 1er janvier prochain", "will
     * begin their terms on 19 June", "three-year terms starting next month". The year is read from the
     * publication (see {@link #startWithoutYear}).
     */
    private static final Pattern START_WITHOUT_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:starting|beginning|commencing|from|effective|à\\s+compter\\s+du|à\\s+partir\\s+du|dès\\s+le|débutant\\s+le"
                    + "|(?:begin|start|commence|commenc)\\p{L}*\\s+(?:their|its|leurs?|son|sa)\\s+(?:terms?|mandats?))"
                    + "\\s+(?:on\\s+|le\\s+)?(?:(?<day>1er|premier|[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<month>" + DateFinder.FR_MONTH + "|"
                    + DateFinder.EN_MONTH + ")|(?<monthFirst>" + DateFinder.EN_MONTH + ")\\s+(?<dayAfter>[0-3]?\\d)(?:st|nd|rd|th)?"
                    + "|(?<nextMonth>next\\s+month|le\\s+mois\\s+prochain))"
                    + "(?:\\s+(?:next|prochain))?(?![\\p{L}\\p{N}])(?!,?\\s*(?:of\\s+)?(?:19|20)\\d\\d)");
    /** A word of a term: a start on another day than 1 January must be said of one ("from 15 March" may be a session's). */
    private static final Pattern TERM_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:terms?|mandats?|mandates?)(?![\\p{L}])");
    private static final String DAY_MONTH = "(?:(?:1er|premier|[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:" + DateFinder.FR_MONTH + "|"
            + DateFinder.EN_MONTH + ")|" + DateFinder.EN_MONTH + "\\s+[0-3]?\\d(?:st|nd|rd|th)?,?)";
    /** "un mandat allant du 1er janvier 2015 au 31 décembre 2017", "from 1 January 2016 to 31 December 2018": a term by its days. */
    private static final Pattern FROM_TO = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:du|from)\\s+" + DAY_MONTH + "\\s+(?<first>(?:19|20)\\d\\d),?\\s+(?:au|to|until|through|jusqu['’]au)\\s+"
                    + DAY_MONTH + "\\s+(?<last>(?:19|20)\\d\\d)(?![\\p{N}])");
    /** "Jan. 1, 2023", "1st January", "janv. 1": the first of January written another way, the usual start. */
    private static final Pattern FIRST_OF_JANUARY = Pattern.compile(
            "(?iu)^(?:(?:0?1|1er|1st|premier)\\s+jan\\p{L}*\\.?|jan\\p{L}*\\.?\\s+(?:0?1|1st)(?![\\p{N}]))");
    /** What joins two terms of one clause: "2011-2014 and 2014-2017", "2016-2018, 2019-2021 et 2022-2024". */
    private static final Pattern TERMS_JOINED = Pattern.compile("(?iu)\\s*(?:,|and|et|puis|then|,\\s*and|,\\s*et)\\s*(?:the\\s+|le\\s+|en\\s+)?");
    /**
     * "à compter du 1er janvier 2026", "beginning January 1, 2019", "from 1 January 2016": a Council term
     * begins on 1 January and lasts three years, so a start on that day with no length named is the term
     * of the year to the second year after it (the callers require a word of election or membership).
     */
    private static final Pattern FROM_FIRST_JANUARY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:à\\s+compter\\s+du|à\\s+partir\\s+du|dès\\s+le|from|beginning(?:\\s+on)?|starting(?:\\s+on)?"
                    + "|as\\s+of|effective(?:\\s+on)?|with\\s+effect\\s+from)\\s+"
                    + "(?:(?:1er|0?1|premier)\\s+janvier|0?1\\s+Jan(?:uary|\\.)?|Jan(?:uary|\\.)?\\s+0?1(?:st)?,?)\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{N}])");
    /**
     * "pour un mandat de trois années qui prendra effet en janvier 2017", "Les nouveaux membres
     * commenceront leur mandat le 1er janvier 2021", "their terms will begin on January 1, 2024": a term
     * said to begin in January of a year, its length not given or given in a form the pattern above does
     * not read. Council terms are three years from 1 January.
     */
    private static final Pattern TERM_BEGINS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:mandat|mandats|terms?|mandates?|période|period)(?![\\p{L}])[^.;\\n]{0,60}?"
                    + "(?<![\\p{L}])(?:commenc\\p{L}*|début\\p{L}*|prend\\p{L}*\\s+effet|prenant\\s+effet|start\\p{L}*|begin\\p{L}*|began"
                    + "|tak\\p{L}*\\s+effect|effective|à\\s+compter|à\\s+partir|dès)"
                    // "commenceront leur mandat le 1er janvier 2021", "will begin their terms on 1 January 2024"
                    + "|(?:commenc\\p{L}*|début\\p{L}*|start\\p{L}*|begin\\p{L}*|began)\\s+(?:leurs?|son|sa|their|its|a|the)\\s+"
                    + "(?:(?:nouveaux?|new|three-year|first|premier)\\s+)?(?:mandats?|terms?|mandates?))\\s+(?:(?:le|au|du|de|en|on|in|from)\\s+)?"
                    + "(?:(?:1er|0?1|premier)\\s+janvier|janvier|0?1\\s+Jan(?:uary|\\.)?|Jan(?:uary|\\.)?(?:\\s+0?1(?:st)?,?)?)\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{N}])");
    /** A word of membership right after the term: "its current 2023-2025 membership", "le siège 2023-2025". */
    private static final Pattern MEMBERSHIP_AFTER = Pattern.compile("(?iu)^\\s+(?:membership|seat)(?![\\p{L}])");
    /** "son mandat 2023-2025", "its current term 2023-2025": a term the state holds (its own, or current). */
    private static final Pattern HELD_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:son|sa|leur|its|their|current|actuel|présent)\\s+(?:(?:current|actuel|présent)\\s+)?"
                    + "(?:mandat|mandate|term)?\\s*$");
    private static final Pattern HELD_AFTER = Pattern.compile("(?iu)^\\s+(?:mandat|mandate|term)(?![\\p{L}])");
    /** Names sharing one predicate: "l'Allemagne et la Belgique", "Chile, Peru and Bolivia". */
    private static final Pattern STATES_JOINED = Pattern.compile(
            "(?iu)^\\s*(?:,|et|and|ainsi\\s+que|as\\s+well\\s+as|,\\s*et|,\\s*and)\\s*(?:le|la|les|l['’]|the)?\\s*$");
    /** "..., tout comme le Chili", "..., as were Peru and Chile": more states the same predicate is said of. */
    private static final Pattern LIKEWISE = Pattern.compile(
            "(?iu)^\\s*,?\\s*(?:tout\\s+comme|de\\s+même\\s+que|ainsi\\s+que|as\\s+were|as\\s+was|as\\s+did|as\\s+well\\s+as"
                    + "|along\\s+with|together\\s+with|like)\\s+(?:le\\s+|la\\s+|les\\s+|l['’]|the\\s+)?$");
    /** "..., au détriment du Venezuela, qui briguait un nouveau mandat", "Peru, which sought re-election": a bid for the same term. */
    private static final Pattern RELATIVE_BID = Pattern.compile(
            "(?iu)^\\s*,\\s*(?:qui|which|who)\\s+(?:\\p{L}+\\s+){0,2}?(?=(?:candidat\\p{L}*|brigu\\p{L}*|postul\\p{L}*"
                    + "|se\\s+représent\\p{L}*|sought|seek\\p{L}*|ran|was\\s+running|had\\s+run|bid)(?![\\p{L}]))");
    static final Pattern COUNCIL = Pattern.compile(
            "(?iu:conseil\\s+des\\s+droits\\s+(?:(?:de\\s+)?l['’]homme|humains)|human\\s+rights\\s+council)"
                    + "|(?<![\\p{L}])(?:CDH|HRC|UNHRC|CDHNU)(?![\\p{L}])");
    /** "le Conseil" alone, once the sentence or the one before has named the Human Rights Council. */
    private static final Pattern COUNCIL_AGAIN = Pattern.compile(
            "(?<![\\p{L}])(?<!(?:Security|Social|Executive|Trusteeship|Legislative|City)\\s)(?:Conseil|Council)(?![\\p{L}])(?!\\s+(?:de\\s+sécurité|économique|d['’]|des\\s+ministres|constitutionnel"
                    + "|municipal|général|européen|of\\s+Europe|of\\s+Ministers|Security|European))");
    private static final Pattern COUNCIL_OR_AGAIN = Pattern.compile(COUNCIL.pattern() + "|" + COUNCIL_AGAIN.pattern());
    static final Pattern CANDIDATE_CUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:candidat\\p{L}*|se\\s+représenter|se\\s+présenter|se\\s+porter|brigu\\p{L}*|postul\\p{L}*"
                    + "|candidacy|candidate|bid|run(?:s|ning)?\\s+for|stand(?:s|ing)?\\s+for|seek\\p{L}*|sought"
                    + "|campaign\\p{L}*|re-?election)(?![\\p{L}])");
    static final Pattern MEMBER_CUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:membre|membres|member|members|membership|siège|sièges|siéger|siégera|si[éè]geront|siègent|seat|seats|élu|élue"
                    + "|elected|réélu|réélue|réélus|réélues|élus|élues|re-?elected|serv\\p{L}*)(?![\\p{L}])");
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:la|le)\\s+même\\s+(?:période|mandat)|the\\s+same\\s+(?:period|term))(?![\\p{L}])");
    private static final int MAX_COUNCIL_DISTANCE = 200;
    /** Words of being elected, as opposed to sitting or serving: what makes a membership this election's. */
    static final Pattern ELECTION_CUE = Pattern.compile(
            "(?iu)élu|élue|élus|élues|réélu|réélue|réélus|réélues|elected|re-?elected|seat|seats|siège|sièges");
    /** A failed bid before the word of election: "n'a pas été élue", "was not elected", "failed to win a seat". */
    private static final Pattern FAILED = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:pas|not|never|failed|failure|échoué|échec|defeat|défaite|lost|perdu|manqué)(?![\\p{L}])[^.;]{0,50}$");
    private static final double ELECTION_TERM_CONFIDENCE = 0.8;
    /** Being elected or re-elected, as a verb: "ont finalement été élues", "was re-elected", "a été réélue". */
    private static final Pattern ELECTED_VERB = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:a|ont|ont\\s+finalement|a\\s+finalement|est|sont)\\s+été\\s+(?:ré)?élu(?:e|s|es)?|(?:was|were|has\\s+been|have\\s+been)"
                    + "\\s+(?:re-?)?elected|won\\s+(?:a|its|their)\\s+seats?|a\\s+remporté\\s+(?:un|son)\\s+siège)(?![\\p{L}])");
    /** A bid that failed: "lost its bid", "a échoué", "n'a pu accéder", "failed to win". */
    private static final Pattern LOST_BID = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:lost\\s+(?:its|their)\\s+(?:bid|candidacy|seat)|failed\\s+to\\s+(?:win|secure|be\\s+elected)"
                    + "|(?:was|were)\\s+not\\s+(?:re-?)?elected|(?:a|ont)\\s+échoué|n['’](?:a|ont)\\s+pas\\s+été\\s+(?:ré)?élu(?:e|s|es)?"
                    + "|n['’](?:a|ont)\\s+pu\\s+(?:accéder|obtenir|être\\s+(?:ré)?élu(?:e|s|es)?))(?![\\p{L}])");
    private static final int ELECTED_REACH = 60;
    private static final Pattern YEAR = HrcElectedList.YEAR;
    private static final Object OTHER_YEAR = new Object();
    private static final Object PREVIOUS_TERMS = new Object();
    private static final Object ELECTION_TERM = new Object();
    private static final int MAX_CUE_BEFORE_COUNCIL = 40;
    private static final int CANDIDACY_GOVERNS = 30;

    private record Cue(int start, int end, boolean candidate) {
    }

    @Override
    public List<Finding> apply(Sentence sentence, AnalysedArticle article) {
        List<Finding> listed = HrcElectedList.findings(sentence, article);
        if (!listed.isEmpty()) {
            return listed;
        }
        String text = article.text();
        List<Finding> findings = new ArrayList<>();
        int clauseStart = sentence.start();
        int previousEnd = -1;
        for (int[] term : terms(text, sentence)) {
            int first = term[2];
            int last = term[3];
            // "for the 2011-2014 and 2014-2017 terms": terms joined to the one before share its clause
            if (previousEnd >= 0 && !TERMS_JOINED.matcher(text.substring(previousEnd, term[0])).matches()) {
                clauseStart = previousEnd;
            }
            if (last > first && last - first <= 4) {
                term(sentence, article, clauseStart, term[0], term[1], first, last).forEach(findings::add);
            }
            previousEnd = term[1];
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        List<Finding> without = withoutTerm(sentence, article);
        return without.isEmpty() ? electedOnThePage(sentence, article) : without;
    }

    /**
     * "La Bulgarie et l'Albanie ont finalement été élues", "Russia lost its bid": one or two states elected, or
     * failing, in a sentence that does not name the Council, on a page that reports one Council election (it
     * names the Council, no other elected body, and one term): that election's membership or bid, with its term.
     */
    private static List<Finding> electedOnThePage(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        String said = article.text(sentence);
        Matcher elected = ELECTED_VERB.matcher(said);
        Matcher bid = LOST_BID.matcher(said);
        boolean won = elected.find();
        boolean lost = !won && bid.find();
        if (!won && !lost || !HrcElectedList.onlyTheCouncil(article)) {
            return List.of();
        }
        Optional<int[]> term = electionTerm(article);
        if (term.isEmpty()) {
            return List.of();
        }
        int cueStart = sentence.start() + (won ? elected.start() : bid.start());
        int cueEnd = sentence.start() + (won ? elected.end() : bid.end());
        List<NameMention> states = article.mentions(sentence).stream()
                .filter(m -> m.kind() == NameKind.STATE && !m.anaphoric() && m.end() <= cueStart).toList();
        if (states.isEmpty() || states.size() > 2 || won && FAILED.matcher(text.substring(Math.max(sentence.start(), cueStart - 60),
                cueStart)).find()) {
            return List.of();
        }
        NameMention last = states.get(states.size() - 1);
        if (cueStart - last.end() > ELECTED_REACH || states.size() == 2
                && !STATES_JOINED.matcher(text.substring(states.get(0).end(), last.start())).find()) {
            return List.of();
        }
        if (NumberFinder.within(YEAR.matcher(text), sentence.start(), sentence.end()).find()) {
            // a year written in the sentence may date another election
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (NameMention state : states) {
            List<String> notes = List.of("state: " + state.code() + " (« " + text.substring(state.start(), state.end()) + " »), "
                    + (won ? "elected" : "whose bid failed") + ": « " + text.substring(cueStart, cueEnd) + " »",
                    "term: " + term.get()[2] + "-" + term.get()[3] + ", « " + text.substring(term.get()[0], term.get()[1])
                            + " », the one term of the Council election the page reports");
            HrcMembershipBody body = new HrcMembershipBody(state.code(), term.get()[2], term.get()[3], won ? "member" : "candidate",
                    List.of());
            findings.add(new Finding(body, states.get(0).start(), cueEnd, won ? MEMBER : CANDIDATE, ELECTION_TERM_CONFIDENCE,
                    notes, null));
        }
        return findings;
    }

    /** The terms of a sentence as {start, end, first year, last year}: "2023-2025", "un mandat de trois ans à compter du 1er janvier 2026". */
    static List<int[]> terms(String text, Sentence sentence) {
        List<int[]> terms = new ArrayList<>();
        Matcher term = NumberFinder.within(TERM.matcher(text), sentence.start(), sentence.end());
        while (term.find()) {
            int first = Integer.parseInt(term.group(1));
            int last = Integer.parseInt(term.group(2));
            terms.add(new int[] {term.start(), term.end(), first, last < 100 ? last + first / 100 * 100 : last});
        }
        Matcher days = NumberFinder.within(FROM_TO.matcher(text), sentence.start(), sentence.end());
        while (days.find()) {
            if (terms.stream().noneMatch(t -> t[0] < days.end() && days.start() < t[1])) {
                terms.add(new int[] {days.start(), days.end(), Integer.parseInt(days.group("first")), Integer.parseInt(days.group("last"))});
            }
        }
        Matcher from = NumberFinder.within(THREE_YEARS_FROM.matcher(text), sentence.start(), sentence.end());
        while (from.find()) {
            int first = Integer.parseInt(from.group("year"));
            boolean later = from.group("later") != null && !FIRST_OF_JANUARY.matcher(from.group("later")).find();
            if (terms.stream().noneMatch(t -> t[0] < from.end() && from.start() < t[1])) {
                terms.add(new int[] {from.start(), from.end(), first, first + (later ? 3 : 2)});
            }
        }
        Matcher january = NumberFinder.within(FROM_FIRST_JANUARY.matcher(text), sentence.start(), sentence.end());
        while (january.find()) {
            int first = Integer.parseInt(january.group("year"));
            if (terms.stream().noneMatch(t -> t[0] < january.end() && january.start() < t[1])) {
                terms.add(new int[] {january.start(), january.end(), first, first + 2});
            }
        }
        Matcher begins = NumberFinder.within(TERM_BEGINS.matcher(text), sentence.start(), sentence.end());
        while (begins.find()) {
            int first = Integer.parseInt(begins.group("year"));
            int yearStart = begins.start("year");
            if (terms.stream().noneMatch(t -> t[0] < begins.end() && yearStart < t[1])) {
                terms.add(new int[] {begins.start(), begins.end(), first, first + 2});
            }
        }
        terms.sort((a, b) -> Integer.compare(a[0], b[0]));
        return terms;
    }

    /**
     * The states a claim about {@code state} is also about: those joined to it ("l'Allemagne et la
     * Belgique"), and those the clause after {@code clauseEnd} says the same of ("tout comme le Chili").
     */
    private static List<Attribution> sharing(Sentence sentence, AnalysedArticle article, Attribution state, int clauseEnd) {
        List<Attribution> all = new ArrayList<>(List.of(state));
        NameMention mention = state.mention();
        if (mention == null || mention.start() < sentence.start() || mention.end() > sentence.end()) {
            return all;
        }
        String text = article.text();
        List<NameMention> states = article.mentions(sentence).stream()
                .filter(m -> m.kind() == NameKind.STATE && !m.anaphoric()).toList();
        int at = states.indexOf(mention);
        if (at < 0) {
            return all;
        }
        for (int i = at - 1; i >= 0 && STATES_JOINED.matcher(text.substring(states.get(i).end(), states.get(i + 1).start())).find(); i--) {
            all.add(0, joined(text, states.get(i)));
        }
        for (int i = at + 1; i < states.size() && STATES_JOINED.matcher(text.substring(states.get(i - 1).end(), states.get(i).start())).find(); i++) {
            all.add(joined(text, states.get(i)));
        }
        Optional<NameMention> likewise = states.stream().filter(m -> m.start() >= clauseEnd
                && LIKEWISE.matcher(text.substring(clauseEnd, m.start())).find()).findFirst();
        if (likewise.isPresent()) {
            int i = states.indexOf(likewise.get());
            all.add(joined(text, states.get(i)));
            for (i = i + 1; i < states.size() && STATES_JOINED.matcher(text.substring(states.get(i - 1).end(), states.get(i).start())).find(); i++) {
                all.add(joined(text, states.get(i)));
            }
        }
        return all.stream().filter(distinctCodes()).toList();
    }

    private static Predicate<Attribution> distinctCodes() {
        Set<String> seen = new HashSet<>();
        return a -> seen.add(a.code());
    }

    private static Attribution joined(String text, NameMention m) {
        return new Attribution(m.code(), m, "state: " + m.code() + " (« " + text.substring(m.start(), m.end())
                + " »), joined to the subject the predicate is said of");
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
            Optional<int[]> election = term.isPresent() ? Optional.empty() : thisElection(sentence, article, state.get(), cue);
            if (term.isPresent()) {
                notes.add("term: « " + same.group() + " » refers back to the term " + term.get()[0] + "-" + term.get()[1]);
                rule = SAME_TERM;
                confidence = SAME_TERM_CONFIDENCE;
            } else if (election.isPresent()) {
                int[] carried = election.get();
                term = Optional.of(new int[] {carried[2], carried[3]});
                notes.add("term: " + carried[2] + "-" + carried[3] + ", « " + text.substring(carried[0], carried[1])
                        + " », the one term of the election the page reports");
                candidate = candidate || FAILED.matcher(text.substring(Math.max(sentence.start(), cue.start() - 60), cue.start())).find();
                rule = candidate ? CANDIDATE : MEMBER;
                // a word of election or bid right before the Council, the state named in the sentence, and no other
                // year written in it: the election the page reports
                confidence = ELECTION_TERM_CONFIDENCE;
            } else {
                notes.add("term: not given in the text, left empty");
                rule = candidate ? CANDIDATE_NO_TERM : MEMBER_NO_TERM;
                // no term found: 2 of 8 right over the labelled sets (the Council named near a state is often
                // about its speech, its past seat or the vote, not a membership). Weak.
                confidence = 0.55;
            }
            for (Attribution each : sharing(sentence, article, state.get(), end)) {
                List<String> eachNotes = new ArrayList<>(notes);
                eachNotes.set(0, each.note());
                HrcMembershipBody body = new HrcMembershipBody(each.code(), term.map(t -> t[0]).orElse(null),
                        term.map(t -> t[1]).orElse(null), candidate ? "candidate" : "member", List.of());
                findings.add(new Finding(body, Math.min(cue.start(), council.start()), end, rule, confidence, eachNotes, null));
            }
        }
        return findings.isEmpty() ? samePeriodOnly(sentence, article) : findings;
    }

    /**
     * "L'Allemagne et la Belgique ont obtenu un siège pour la même période": a word of membership or
     * candidacy right before "la même période", the Council and its term named in an earlier sentence.
     */
    private List<Finding> samePeriodOnly(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        Matcher same = NumberFinder.within(SAME_PERIOD.matcher(text), sentence.start(), sentence.end());
        if (!same.find()) {
            return List.of();
        }
        int from = Math.max(sentence.start(), same.start() - 60);
        List<Cue> cues = new ArrayList<>();
        collect(CANDIDATE_CUE, text, from, same.start(), true, cues);
        collect(MEMBER_CUE, text, from, same.start(), false, cues);
        Optional<Cue> nearest = cues.stream().max((a, b) -> Integer.compare(a.start(), b.start()));
        Optional<int[]> term = previousTerm(sentence, article);
        if (nearest.isEmpty() || term.isEmpty()) {
            return List.of();
        }
        Cue cue = nearest.get();
        boolean candidate = cue.candidate() || cues.stream()
                .anyMatch(c -> c.candidate() && c.end() <= cue.start() && cue.start() - c.end() <= CANDIDACY_GOVERNS);
        Optional<Attribution> state = article.stateFor(sentence, cue.start(), false);
        if (state.isEmpty() || state.get().mention() == null || state.get().mention().start() < sentence.start()
                || state.get().mention().start() > cue.start()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<Attribution> states = sharing(sentence, article, state.get(), same.end());
        for (Attribution each : states) {
            List<String> notes = List.of(each.note(), "term: « " + same.group() + " » refers back to the Council term "
                    + term.get()[0] + "-" + term.get()[1] + " of an earlier sentence");
            HrcMembershipBody body = new HrcMembershipBody(each.code(), term.get()[0], term.get()[1],
                    candidate ? "candidate" : "member", List.of());
            int start = Math.min(cue.start(), each.mention() == null ? cue.start() : each.mention().start());
            int end = Math.max(same.end(), each.mention() == null ? same.end() : each.mention().end());
            // a term found (referred back to) and a word of election before it: 5 of 5 right over the labelled sets
            findings.add(new Finding(body, start, end, SAME_TERM, SAME_TERM_CONFIDENCE, notes, null));
        }
        findings.addAll(relativeBids(sentence, article, same.end(), term.get()[0], term.get()[1], states));
        return findings;
    }

    /**
     * The page's election term for a membership or bid said without a term ("La Chine et la Russie ont été
     * élues au Conseil des droits de l'homme mardi"): the cue must be a word of election or of a bid, the
     * state named in the sentence, and the sentence must write no year but the term's or the publication's
     * (a state's earlier seat, "a remporté un siège en 2016", is not this election).
     */
    private static Optional<int[]> thisElection(Sentence sentence, AnalysedArticle article, Attribution state, Cue cue) {
        String text = article.text();
        if (state.mention() == null || state.mention().start() < sentence.start() || state.mention().end() > sentence.end()
                || !ELECTION_CUE.matcher(text.substring(cue.start(), cue.end())).matches() && !cue.candidate()) {
            return Optional.empty();
        }
        Optional<int[]> election = electionTerm(article);
        if (election.isEmpty()) {
            return Optional.empty();
        }
        // asked once per cue of the sentence: its years are read once
        boolean otherYear = article.memo(List.of(OTHER_YEAR, sentence.index()), () -> {
            Integer published = article.publishedOn() == null ? null : article.publishedOn().date().getYear();
            Matcher year = NumberFinder.within(YEAR.matcher(text), sentence.start(), sentence.end());
            while (year.find()) {
                int y = Integer.parseInt(year.group());
                if ((published == null || y != published) && (y < election.get()[2] || y > election.get()[3])) {
                    return true;
                }
            }
            return false;
        });
        return otherYear ? Optional.empty() : election;
    }

    /**
     * The term of the election a page reports, when it states one and only one term that starts in the
     * year of publication or the next ("elected ... for three-year terms starting January 1, 2021", then
     * a list of the other states elected, a sentence on the defeated bids): the states it names later
     * without a term were elected, or ran, for that term. A page that names two such terms (a report on
     * two elections) has none; terms of other years (a state's past seat, "2017-2019") are not the
     * election's. As {start, end, first year, last year} of the term's first mention.
     */
    static Optional<int[]> electionTerm(AnalysedArticle article) {
        return article.memo(ELECTION_TERM, () -> findElectionTerm(article));
    }

    private static Optional<int[]> findElectionTerm(AnalysedArticle article) {
        String text = article.text();
        Integer published = article.publishedOn() == null ? null : article.publishedOn().date().getYear();
        int[] found = null;
        for (Sentence sentence : article.sentences()) {
            article.budget().check();
            String said = article.text(sentence);
            if (!MEMBER_CUE.matcher(said).find() && !CANDIDATE_CUE.matcher(said).find()) {
                continue;
            }
            for (int[] term : terms(text, sentence)) {
                boolean threeYears = term[3] - term[2] == 2 || term[3] - term[2] == 3;
                boolean upcoming = published == null || term[2] == published || term[2] == published + 1;
                if (!threeYears || !upcoming) {
                    continue;
                }
                if (found != null && (found[2] != term[2] || found[3] != term[3])) {
                    return Optional.empty();
                }
                found = found == null ? term : found;
            }
        }
        return found != null ? Optional.of(found) : startWithoutYear(article, published);
    }

    /**
     * "elected to serve a three-year term ..., starting on January 1", "will begin their terms on 19 June": a
     * Council term's start without its year, on a page that states no term. The start is the first such day on
     * or after publication (elections are held before the terms begin), as a date without a year takes the
     * publication's; a term from 1 January ends in the second year after, one from another day (the Council's
     * first terms began on 19 June) in the third.
     */
    private static Optional<int[]> startWithoutYear(AnalysedArticle article, Integer published) {
        if (published == null) {
            return Optional.empty();
        }
        LocalDate publication = article.publishedOn().date();
        int[] found = null;
        for (Sentence sentence : article.sentences()) {
            article.budget().check();
            String said = article.text(sentence);
            if (!MEMBER_CUE.matcher(said).find() && !CANDIDATE_CUE.matcher(said).find()) {
                continue;
            }
            Matcher start = NumberFinder.within(START_WITHOUT_YEAR.matcher(article.text()), sentence.start(), sentence.end());
            while (start.find()) {
                Optional<LocalDate> first = firstDay(start, publication);
                if (first.isEmpty() || !(first.get().getDayOfYear() == 1 || TERM_WORD.matcher(said).find())) {
                    continue;
                }
                int year = first.get().getYear();
                int[] term = {start.start(), start.end(), year, year + (first.get().getDayOfYear() == 1 ? 2 : 3)};
                if (found != null && (found[2] != term[2] || found[3] != term[3])) {
                    return Optional.empty();
                }
                found = found == null ? term : found;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The day a START_WITHOUT_YEAR match names: the first one on or after publication. */
    private static Optional<LocalDate> firstDay(Matcher start, LocalDate publication) {
        if (start.group("nextMonth") != null) {
            return Optional.of(publication.withDayOfMonth(1).plusMonths(1));
        }
        String monthName = start.group("month") != null ? start.group("month") : start.group("monthFirst");
        String dayText = start.group("day") != null ? start.group("day") : start.group("dayAfter");
        int month = DateFinder.month(monthName);
        int day = dayText.equalsIgnoreCase("1er") || dayText.equalsIgnoreCase("premier") ? 1 : Integer.parseInt(dayText);
        if (month > 12 || day < 1 || day > YearMonth.of(publication.getYear(), month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate candidate = LocalDate.of(publication.getYear(), month, day);
        return Optional.of(candidate.isBefore(publication) ? candidate.plusYears(1) : candidate);
    }

    /**
     * The last Council term named before the sentence in the same part of the page. Found for every
     * sentence in one pass, the first time one asks: each sentence carries the one before's unless
     * it names one itself (a walk back from each sentence made a page of such sentences O(n^2)).
     */
    static Optional<int[]> previousTerm(Sentence sentence, AnalysedArticle article) {
        return article.memo(PREVIOUS_TERMS, () -> termsBefore(article)).get(sentence.index());
    }

    private static List<Optional<int[]>> termsBefore(AnalysedArticle article) {
        List<Optional<int[]>> before = new ArrayList<>(article.sentences().size());
        Optional<int[]> carried = Optional.empty();
        for (Sentence sentence : article.sentences()) {
            article.budget().check();
            Optional<Sentence> previous = article.previous(sentence);
            if (previous.isEmpty()) {
                carried = Optional.empty();
            } else {
                Optional<int[]> named = councilTerm(previous.get(), article.text());
                carried = named.isPresent() ? named : carried;
            }
            before.add(carried);
        }
        return before;
    }

    /** The last term the sentence names near the Council's name. */
    private static Optional<int[]> councilTerm(Sentence sentence, String text) {
        Matcher term = NumberFinder.within(TERM.matcher(text), sentence.start(), sentence.end());
        int[] last = null;
        while (term.find()) {
            if (lastMatch(COUNCIL, text, Math.max(sentence.start(), term.start() - MAX_COUNCIL_DISTANCE), term.start()).isPresent()) {
                int first = Integer.parseInt(term.group(1));
                int end = Integer.parseInt(term.group(2));
                last = new int[] {first, end < 100 ? end + first / 100 * 100 : end};
            }
        }
        return Optional.ofNullable(last);
    }

    private List<Finding> term(Sentence sentence, AnalysedArticle article, int clauseStart, int termStart, int termEnd,
                               int first, int last) {
        String text = article.text();
        Pattern council = councilNamed(sentence, article) ? COUNCIL_OR_AGAIN : COUNCIL;
        Optional<int[]> named = lastMatch(council, text, clauseStart, termStart)
                .filter(span -> termStart - span[1] <= MAX_COUNCIL_DISTANCE)
                .or(() -> lastMatch(COUNCIL, text, sentence.start(), termStart)
                        .filter(span -> termStart - span[1] <= MAX_COUNCIL_DISTANCE))
                .or(() -> firstMatch(council, text, termEnd, Math.min(sentence.end(), termEnd + 80)));
        if (named.isEmpty() || named.get()[1] <= termStart
                && NumberFinder.within(HrcElectedList.OTHER_BODY.matcher(text), named.get()[1], termStart).find()) {
            // "after the Human Rights Council debate, ... elected to the Security Council for 2027-2028"
            return List.of();
        }
        List<Cue> cues = new ArrayList<>();
        collect(CANDIDATE_CUE, text, clauseStart, termStart, true, cues);
        collect(MEMBER_CUE, text, clauseStart, termStart, false, cues);
        Optional<Cue> nearest = cues.stream().max((a, b) -> Integer.compare(a.start(), b.start()));
        if (nearest.isEmpty()) {
            // "its current 2023-2025 membership", "son mandat 2023-2025": a term the state holds
            String after = text.substring(termEnd, Math.min(sentence.end(), termEnd + 20));
            Matcher held = HELD_BEFORE.matcher(text.substring(Math.max(clauseStart, termStart - 30), termStart));
            Matcher membership = MEMBERSHIP_AFTER.matcher(after);
            Matcher heldAfter = HELD_AFTER.matcher(after);
            boolean heldNoun = held.find() && (held.group().matches("(?isu).*(?:mandat|mandate|term)\\s*") || heldAfter.find());
            if (membership.find()) {
                nearest = Optional.of(new Cue(termEnd + after.indexOf(membership.group().strip()), termEnd + membership.end(), false));
            } else if (heldNoun) {
                int at = Math.max(clauseStart, termStart - 30) + held.start();
                nearest = Optional.of(new Cue(at, Math.max(termStart - 1, at + 1), false));
            }
        }
        if (nearest.isEmpty()) {
            return List.of();
        }
        Cue cue = nearest.get();
        boolean candidate = cue.candidate() || cues.stream()
                .anyMatch(c -> c.candidate() && c.end() <= cue.start() && cue.start() - c.end() <= CANDIDACY_GOVERNS);
        Optional<Attribution> state = article.stateFor(sentence, termStart, false);
        if (state.isEmpty()) {
            return List.of();
        }
        int start = Math.min(cue.start(), named.get()[0]);
        int end = Math.max(Math.max(termEnd, cue.end()), named.get()[1]);
        double confidence = named.get()[0] > termStart ? 0.75 : 0.85;
        if (state.get().mention() == null) {
            // no state in the sentence or the one before: the article's main state is a guess (over all rules,
            // 9 of 21 readings with the state the article names most were right). Weak.
            confidence = 0.6;
        }
        List<Finding> findings = new ArrayList<>();
        List<Attribution> states = sharing(sentence, article, state.get(), end);
        for (Attribution each : states) {
            List<String> notes = List.of(each.note(),
                    (candidate ? "candidacy" : "membership") + ": « " + text.substring(cue.start(), cue.end())
                            + " » is the word nearest the term");
            HrcMembershipBody body = new HrcMembershipBody(each.code(), first, last,
                    candidate ? "candidate" : "member", List.of());
            int from = each.mention() != null && each.mention().start() >= sentence.start() ? Math.min(start, each.mention().start()) : start;
            int to = each.mention() != null && each.mention().end() <= sentence.end() ? Math.max(end, each.mention().end()) : end;
            findings.add(new Finding(body, states.size() > 1 ? from : start, states.size() > 1 ? to : end,
                    candidate ? CANDIDATE : MEMBER, each == state.get() ? confidence : confidence - 0.1, notes, null));
        }
        findings.addAll(relativeBids(sentence, article, end, first, last, states));
        return findings;
    }

    /**
     * States the rest of the clause says bid for the same term ("au détriment du Venezuela, qui
     * briguait un nouveau mandat"), when no other term is named before the end of their relative clause.
     */
    private static List<Finding> relativeBids(Sentence sentence, AnalysedArticle article, int from, int first, int last,
                                              List<Attribution> already) {
        String text = article.text();
        List<Finding> findings = new ArrayList<>();
        for (NameMention m : article.mentions(sentence)) {
            if (m.kind() != NameKind.STATE || m.anaphoric() || m.start() < from
                    || already.stream().anyMatch(a -> a.code().equals(m.code()))) {
                continue;
            }
            String rest = text.substring(m.end(), sentence.end());
            Matcher bid = RELATIVE_BID.matcher(rest);
            if (!bid.find()) {
                continue;
            }
            int clauseEnd = m.end() + (rest.indexOf(',', bid.end()) < 0 ? rest.length() : rest.indexOf(',', bid.end()));
            if (NumberFinder.within(TERM.matcher(text), from, clauseEnd).find()) {
                continue;
            }
            List<String> notes = List.of("state: " + m.code() + " (« " + text.substring(m.start(), m.end())
                    + " »), whose relative clause says it bid", "term: the term of the clause, " + first + "-" + last);
            HrcMembershipBody body = new HrcMembershipBody(m.code(), first, last, "candidate", List.of());
            findings.add(new Finding(body, m.start(), Math.min(clauseEnd, sentence.end()), CANDIDATE, 0.6, notes, null));
        }
        return findings;
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

    static Optional<int[]> lastMatch(Pattern pattern, String text, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Matcher m = NumberFinder.within(pattern.matcher(text), from, to);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
        }
        return Optional.ofNullable(last);
    }

    static Optional<int[]> firstMatch(Pattern pattern, String text, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Matcher m = NumberFinder.within(pattern.matcher(text), from, to);
        return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }
}
