package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes candidate claims from an article: every rule reads every sentence; what is found in a
 * teaser block is kept but marked and trusted less; the same claim supported by several passages
 * becomes one candidate citing them all. No database access: names and the UPR calendar are given.
 */
public final class ClaimExtractor {

    /**
     * Claims in teaser blocks are about other articles' subjects and are read with less context, so they are
     * trusted a little less. Not half as much (as before the measurements): a teaser line is a headline, as
     * explicit as a sentence, and 9 of the 10 teaser candidates of the labelled sets matched a label. With this
     * margin a teaser claim at the rules' highest confidence (0.85) stays confident; one at 0.8 does not.
     */
    private static final double TEASER_MARGIN = 0.05;

    /**
     * The precision gate: a candidate under this confidence is weak, and {@link #extract(Article, ExtractionBudget)}
     * does not return it. Editors read every candidate and a wrong one costs more than a missing one, so the
     * default answer holds only what the rules propose on strong structural evidence. The rules' confidences
     * are calibrated on the measured precision of each rule over the labelled sets, the real blind run first
     * (docs/extraction-evaluation.md, "Candidates by rule"): a reading that was right less than about four
     * times in five on unseen real text is given a confidence under this gate.
     */
    public static final double CONFIDENT = 0.8;

    /** Whether a candidate of this confidence falls under the gate. */
    static boolean weak(double confidence) {
        return confidence < CONFIDENT;
    }

    private final Gazetteer gazetteer;
    private final UprCalendar calendar;
    private final List<ExtractionRule> rules = List.of(new UprReviewRule(), new TreatyActionRule(),
            new HrcMembershipRule(), new ReportedFigureRule());

    public ClaimExtractor(Gazetteer gazetteer, UprCalendar calendar) {
        this.gazetteer = gazetteer;
        this.calendar = calendar;
    }

    /** The confident candidates of an article, without a time budget. */
    public List<Candidate> extract(Article article) {
        return extract(article, ExtractionBudget.UNLIMITED);
    }

    /**
     * The confident candidates (at or above {@link #CONFIDENT}) of an article.
     *
     * @throws ExtractionStopped when the budget is spent or nobody waits any more; nothing is proposed then
     */
    public List<Candidate> extract(Article article, ExtractionBudget budget) {
        return extract(article, budget, false);
    }

    /**
     * The candidates of an article: the confident ones, and with {@code weakToo} the weak ones as well,
     * each marked {@link Candidate#weak()}.
     *
     * @throws ExtractionStopped when the budget is spent or nobody waits any more; nothing is proposed then
     */
    public List<Candidate> extract(Article article, ExtractionBudget budget, boolean weakToo) {
        AnalysedArticle analysed = new AnalysedArticle(article, gazetteer, calendar, budget);
        List<Draft> drafts = new ArrayList<>();
        Map<List<Object>, Draft> byClaim = new HashMap<>();
        for (Sentence sentence : analysed.sentences()) {
            budget.check();
            for (ExtractionRule rule : rules) {
                for (Finding finding : rule.apply(sentence, analysed)) {
                    add(drafts, byClaim, candidate(analysed, sentence, finding));
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Draft draft : withoutWonBids(foldVaguerForms(drafts))) {
            Candidate candidate = draft.candidate();
            if (weakToo || !candidate.weak()) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::rule));
        return kept;
    }

    private Candidate candidate(AnalysedArticle article, Sentence sentence, Finding finding) {
        QuoteAnchor.Anchored anchored = QuoteAnchor.anchor(article.text(), article.offsets(), finding.start(), finding.end());
        CitationBody citation = new CitationBody(article.article().sourceId(), anchored.quote(), anchored.start(), null,
                null, finding.derivation());
        List<String> notes = new ArrayList<>(finding.notes());
        double confidence = finding.confidence();
        if (sentence.teaser()) {
            confidence -= TEASER_MARGIN;
            notes.add("teaser: the passage lies " + article.teaser(sentence).map(TeaserBlock::cue).orElse("in a teaser block")
                    + "; it is about another article's subject");
        }
        double rounded = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100.0;
        return new Candidate(finding.claim().withCitations(List.of(citation)), anchored.quote(), anchored.start(),
                anchored.end(), finding.rule(), rounded, weak(rounded), sentence.teaser(), List.copyOf(notes));
    }

    /**
     * The same claim (same key fields, same teaser flag) found twice: over the same passage, the
     * more confident reading is kept; from another passage, the passage is added as a citation.
     * Claims are looked up by key, so that k findings cost O(k) and not O(k^2).
     */
    private static void add(List<Draft> drafts, Map<List<Object>, Draft> byClaim, Candidate found) {
        List<Object> key = Arrays.asList(found.claim().key(), found.teaser());
        Draft known = byClaim.get(key);
        if (known == null) {
            Draft draft = new Draft(found);
            drafts.add(draft);
            byClaim.put(key, draft);
            return;
        }
        boolean samePassage = known.first.start() < found.end() && found.start() < known.first.end();
        if (!samePassage) {
            known.cite(found.quote(), found.start(), found.end(), found.claim().citations(), found.confidence());
        } else if (found.confidence() > known.confidence) {
            known.replaceBy(found);
        }
    }

    /**
     * One fact, one claim: a vaguer mention of a fact stated fully elsewhere becomes one more citation
     * of it (of the first such claim, in the order found).
     */
    private static List<Draft> foldVaguerForms(List<Draft> drafts) {
        Map<List<Object>, Draft> fullest = new HashMap<>();
        for (Draft draft : drafts) {
            for (List<Object> key : draft.first.claim().fullerFormKeys()) {
                // the fullest form of a fact takes its vaguer forms, so that none is cited by a form folded itself
                fullest.merge(Arrays.asList(key, draft.first.teaser()), draft,
                        (known, other) -> other.first.claim().fullness() > known.first.claim().fullness() ? other : known);
            }
        }
        List<Draft> kept = new ArrayList<>(drafts.size());
        for (Draft vague : drafts) {
            List<Object> key = vague.first.claim().vaguerFormKey();
            Draft full = key == null ? null : fullest.get(Arrays.asList(key, vague.first.teaser()));
            if (full == null) {
                kept.add(vague);
                continue;
            }
            full.cite(vague.first.quote(), vague.first.start(), vague.first.end(), vague.citations, vague.confidence);
        }
        return kept;
    }

    /**
     * A bid for a Council term that the same page says the state won ("had four candidates - China, Iraq,
     * Japan and Saudi Arabia", then China and Japan elected for that term): the membership is the fact; the
     * bid is not proposed beside it, nor cited for it (it does not say the state was elected). Only a confident
     * membership outweighs a bid.
     */
    private static List<Draft> withoutWonBids(List<Draft> drafts) {
        java.util.Set<List<Object>> won = new java.util.HashSet<>();
        for (Draft draft : drafts) {
            if (draft.first.claim() instanceof HrcMembershipBody m && "member".equals(m.status()) && m.termStart() != null
                    && !weak(draft.confidence)) {
                won.add(Arrays.asList(m.state(), m.termStart(), m.termEnd(), draft.first.teaser()));
            }
        }
        return drafts.stream().filter(d -> !(d.first.claim() instanceof HrcMembershipBody m && "candidate".equals(m.status())
                && won.contains(Arrays.asList(m.state(), m.termStart(), m.termEnd(), d.first.teaser())))).toList();
    }

    /**
     * A candidate being gathered: the passage it was first found at, and every other passage that
     * supports it, appended in place rather than copied into a new candidate each time.
     */
    private static final class Draft {

        private Candidate first;
        private final List<CitationBody> citations = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private double confidence;

        Draft(Candidate found) {
            replaceBy(found);
        }

        /** A more confident reading of the same passage: it replaces everything gathered so far. */
        void replaceBy(Candidate found) {
            first = found;
            citations.clear();
            citations.addAll(found.claim().citations());
            notes.clear();
            notes.addAll(found.notes());
            confidence = found.confidence();
        }

        void cite(String quote, int start, int end, List<CitationBody> more, double otherConfidence) {
            citations.addAll(more);
            notes.add("also supported by « " + quote + " » (offsets " + start + "-" + end + ")");
            confidence = Math.max(confidence, otherConfidence);
        }

        Candidate candidate() {
            return new Candidate(first.claim().withCitations(List.copyOf(citations)), first.quote(), first.start(),
                    first.end(), first.rule(), confidence, weak(confidence), first.teaser(), List.copyOf(notes));
        }
    }
}
