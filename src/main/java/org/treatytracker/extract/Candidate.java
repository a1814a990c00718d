package org.treatytracker.extract;

import java.util.List;

/**
 * A claim the extractor proposes, for a curator to accept, correct or drop.
 *
 * @param quote      the passage that supports it, verbatim
 * @param start      offset of the quote in Unicode code points (as citations store it)
 * @param end        offset just after the quote, in code points
 * @param rule       the stable id of the rule that proposed it ("upr.accepted-of-total")
 * @param confidence from 0 to 1: how often a claim proposed this way is right, as measured over the labelled
 *                   sets (see the rules' comments and docs/extraction-evaluation.md, "Candidates by rule")
 * @param weak       the confidence is under {@link ClaimExtractor#CONFIDENT}: such a candidate is returned only
 *                   when asked for ({@code weak=true}); it is wrong far more often than a confident one
 * @param teaser     found in a teaser block of links to other articles, not in the article itself
 * @param notes      what was inferred and from where (the state, the cycle, a year)
 */
public record Candidate(ClaimBody claim, String quote, int start, int end, String rule, double confidence,
                        boolean weak, boolean teaser, List<String> notes) {
}
