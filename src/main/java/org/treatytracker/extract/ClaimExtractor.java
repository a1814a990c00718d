package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Proposes candidate claims from an article: every rule reads every sentence; what is found in a
 * teaser block is kept but marked and trusted less; the same claim supported by several passages
 * becomes one candidate citing them all. No database access: names and the UPR calendar are given.
 */
public final class ClaimExtractor {

    /** Claims in teaser blocks are about other articles' subjects and are read with less context. */
    private static final double TEASER_FACTOR = 0.5;

    private final Gazetteer gazetteer;
    private final UprCalendar calendar;
    private final List<ExtractionRule> rules = List.of(new UprReviewRule(), new TreatyActionRule(),
            new HrcMembershipRule(), new ReportedFigureRule());

    public ClaimExtractor(Gazetteer gazetteer, UprCalendar calendar) {
        this.gazetteer = gazetteer;
        this.calendar = calendar;
    }

    public List<Candidate> extract(Article article) {
        AnalysedArticle analysed = new AnalysedArticle(article, gazetteer, calendar);
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : analysed.sentences()) {
            for (ExtractionRule rule : rules) {
                for (Finding finding : rule.apply(sentence, analysed)) {
                    add(candidates, candidate(analysed, sentence, finding));
                }
            }
        }
        List<Candidate> kept = foldVaguerForms(candidates);
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::rule));
        return kept;
    }

    /** One fact, one claim: a vaguer mention of a fact stated fully elsewhere becomes one more citation of it. */
    private static List<Candidate> foldVaguerForms(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>(candidates);
        for (Candidate vague : candidates) {
            for (int i = 0; i < kept.size(); i++) {
                Candidate full = kept.get(i);
                if (full.teaser() == vague.teaser() && vague.claim().isVaguerFormOf(full.claim())) {
                    kept.set(i, withCitationOf(full, vague));
                    kept.remove(vague);
                    break;
                }
            }
        }
        return kept;
    }

    private static Candidate withCitationOf(Candidate known, Candidate found) {
        List<CitationBody> citations = new ArrayList<>(known.claim().citations());
        citations.addAll(found.claim().citations());
        List<String> notes = new ArrayList<>(known.notes());
        notes.add("also supported by « " + found.quote() + " » (offsets " + found.start() + "-" + found.end() + ")");
        return new Candidate(known.claim().withCitations(citations), known.quote(), known.start(), known.end(), known.rule(),
                Math.max(known.confidence(), found.confidence()), known.teaser(), notes);
    }

    private Candidate candidate(AnalysedArticle article, Sentence sentence, Finding finding) {
        QuoteAnchor.Anchored anchored = QuoteAnchor.anchor(article.text(), article.offsets(), finding.start(), finding.end());
        CitationBody citation = new CitationBody(article.article().sourceId(), anchored.quote(), anchored.start(), null,
                null, finding.derivation());
        List<String> notes = new ArrayList<>(finding.notes());
        double confidence = finding.confidence();
        if (sentence.teaser()) {
            confidence *= TEASER_FACTOR;
            notes.add("teaser: the passage lies " + article.teaser(sentence).map(TeaserBlock::cue).orElse("in a teaser block")
                    + "; it is about another article's subject");
        }
        return new Candidate(finding.claim().withCitations(List.of(citation)), anchored.quote(), anchored.start(),
                anchored.end(), finding.rule(), Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100.0,
                sentence.teaser(), List.copyOf(notes));
    }

    /**
     * The same claim (same key fields, same teaser flag) found twice: over the same passage, the
     * more confident reading is kept; from another passage, the passage is added as a citation.
     */
    private static void add(List<Candidate> candidates, Candidate found) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate known = candidates.get(i);
            if (!Objects.equals(known.claim().key(), found.claim().key()) || known.teaser() != found.teaser()) {
                continue;
            }
            boolean samePassage = known.start() < found.end() && found.start() < known.end();
            if (samePassage) {
                if (found.confidence() > known.confidence()) {
                    candidates.set(i, found);
                }
                return;
            }
            candidates.set(i, withCitationOf(known, found));
            return;
        }
        candidates.add(found);
    }
}
