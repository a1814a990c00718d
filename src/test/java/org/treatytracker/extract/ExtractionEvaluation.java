package org.treatytracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.QuoteLocator;

/**
 * Matches candidates to gold labels and counts. A candidate matches a label when the kind and the
 * key fields are equal (upr_review: state, recommendations_total, accepted, noted; treaty_action:
 * party, treaty, action, date; reported_figure: subject, value, out_of, qualifier; hrc_membership:
 * state, term_start, term_end, status), a passage it cites overlaps the label's quote, and the
 * teaser flags are equal. Each label matches at most one candidate and each candidate at most one
 * label; the pairing is a maximum matching, so the order of candidates does not matter.
 */
final class ExtractionEvaluation {

    static final List<String> KINDS = List.of(UprReviewBody.KIND, TreatyActionBody.KIND, ReportedFigureBody.KIND,
            HrcMembershipBody.KIND);

    /** One labelled text with what the extractor proposed for it and how they were paired. */
    record Result(LabelledText text, List<Candidate> candidates, int[] labelToCandidate, int[] candidateToLabel) {

        List<LabelledText.Label> missed() {
            List<LabelledText.Label> missed = new ArrayList<>();
            for (int i = 0; i < labelToCandidate.length; i++) {
                if (labelToCandidate[i] < 0) {
                    missed.add(text.labels().get(i));
                }
            }
            return missed;
        }

        List<Candidate> unmatched() {
            List<Candidate> extra = new ArrayList<>();
            for (int j = 0; j < candidateToLabel.length; j++) {
                if (candidateToLabel[j] < 0) {
                    extra.add(candidates.get(j));
                }
            }
            return extra;
        }
    }

    /** The lowest precision and recall a test accepts. */
    record Floor(double precision, double recall) {
    }

    /** Counts of one kind (or all kinds, with kind "all") in one set. */
    record Score(String kind, int labels, int candidates, int matched) {

        double precision() {
            return candidates == 0 ? Double.NaN : (double) matched / candidates;
        }

        double recall() {
            return labels == 0 ? Double.NaN : (double) matched / labels;
        }
    }

    private final UnaryOperator<String> party;
    private final UnaryOperator<String> treaty;

    /** @param party and treaty resolve the names a label may use to codes (identity for codes) */
    ExtractionEvaluation(UnaryOperator<String> party, UnaryOperator<String> treaty) {
        this.party = party;
        this.treaty = treaty;
    }

    Result match(LabelledText text, List<Candidate> candidates) {
        int labels = text.labels().size();
        boolean[][] fits = new boolean[labels][candidates.size()];
        for (int i = 0; i < labels; i++) {
            for (int j = 0; j < candidates.size(); j++) {
                fits[i][j] = fits(text, text.labels().get(i), candidates.get(j));
            }
        }
        int[] candidateToLabel = new int[candidates.size()];
        Arrays.fill(candidateToLabel, -1);
        for (int i = 0; i < labels; i++) {
            augment(i, fits, candidateToLabel, new boolean[candidates.size()]);
        }
        int[] labelToCandidate = new int[labels];
        Arrays.fill(labelToCandidate, -1);
        for (int j = 0; j < candidateToLabel.length; j++) {
            if (candidateToLabel[j] >= 0) {
                labelToCandidate[candidateToLabel[j]] = j;
            }
        }
        return new Result(text, candidates, labelToCandidate, candidateToLabel);
    }

    /** Kuhn's augmenting path: gives label i a candidate, moving earlier labels to others when it must. */
    private static boolean augment(int i, boolean[][] fits, int[] candidateToLabel, boolean[] seen) {
        for (int j = 0; j < candidateToLabel.length; j++) {
            if (fits[i][j] && !seen[j]) {
                seen[j] = true;
                if (candidateToLabel[j] < 0 || augment(candidateToLabel[j], fits, candidateToLabel, seen)) {
                    candidateToLabel[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    boolean fits(LabelledText text, LabelledText.Label label, Candidate candidate) {
        return label.kind().equals(candidate.claim().kind()) && label.teaser() == candidate.teaser()
                && Objects.equals(labelKey(label), candidateKey(candidate.claim()))
                && spans(text.article().text(), candidate).stream().anyMatch(s -> s[0] < label.end() && label.start() < s[1]);
    }

    /** The candidate's own span and those of every passage it cites: one fact may be cited at any of its mentions. */
    static List<int[]> spans(String text, Candidate candidate) {
        List<int[]> spans = new ArrayList<>(List.of(new int[] {candidate.start(), candidate.end()}));
        CodePointOffsets offsets = CodePointOffsets.of(text);
        for (CitationBody citation : candidate.claim().citations()) {
            try {
                QuoteLocator.Passage passage = QuoteLocator.locateAt(text, offsets, citation.quote(), citation.start(),
                        citation.prefix(), citation.suffix());
                spans.add(new int[] {passage.start(), passage.end()});
            } catch (QuoteLocator.QuoteNotFoundException e) {
                throw new AssertionError("a candidate cites a passage the quote locator cannot place: " + e.getMessage());
            }
        }
        return spans;
    }

    List<Object> labelKey(LabelledText.Label label) {
        JsonNode f = label.fields();
        return switch (label.kind()) {
            case "upr_review" -> Arrays.asList(code(party, f, "state"), integer(f, "recommendations_total"),
                    integer(f, "accepted"), integer(f, "noted"));
            case "treaty_action" -> Arrays.asList(code(party, f, "party"), code(treaty, f, "treaty"), string(f, "action"),
                    string(f, "date"));
            case "reported_figure" -> Arrays.asList(subject(string(f, "subject")), number(f, "value"), number(f, "out_of"),
                    string(f, "qualifier"));
            case "hrc_membership" -> Arrays.asList(code(party, f, "state"), integer(f, "term_start"), integer(f, "term_end"),
                    string(f, "status"));
            default -> throw new IllegalArgumentException("unknown kind " + label.kind());
        };
    }

    static List<Object> candidateKey(ClaimBody claim) {
        if (claim instanceof UprReviewBody r) {
            return Arrays.asList(r.state(), r.recommendationsTotal(), r.accepted(), r.noted());
        }
        if (claim instanceof TreatyActionBody a) {
            return Arrays.asList(a.party(), a.treaty(), a.action(), a.date());
        }
        if (claim instanceof ReportedFigureBody f) {
            return Arrays.asList(f.subject(), plain(f.value()), plain(f.outOf()), f.qualifier());
        }
        HrcMembershipBody m = (HrcMembershipBody) claim;
        return Arrays.asList(m.state(), m.termStart(), m.termEnd(), m.status());
    }

    static Map<String, Score> scores(List<Result> results) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String kind : KINDS) {
            scores.put(kind, score(results, kind));
        }
        scores.put("all", score(results, null));
        return scores;
    }

    private static Score score(List<Result> results, String kind) {
        int labels = 0;
        int candidates = 0;
        int matched = 0;
        for (Result result : results) {
            for (int i = 0; i < result.text().labels().size(); i++) {
                if (kind == null || result.text().labels().get(i).kind().equals(kind)) {
                    labels++;
                    matched += result.labelToCandidate()[i] >= 0 ? 1 : 0;
                }
            }
            for (Candidate candidate : result.candidates()) {
                candidates += kind == null || candidate.claim().kind().equals(kind) ? 1 : 0;
            }
        }
        return new Score(kind == null ? "all" : kind, labels, candidates, matched);
    }

    private String subject(String value) {
        if (value == null) {
            return null;
        }
        String asTreaty = treaty.apply(value);
        return asTreaty != null ? asTreaty : party.apply(value);
    }

    private static String code(UnaryOperator<String> resolver, JsonNode f, String field) {
        String value = string(f, field);
        return value == null ? null : Objects.requireNonNullElse(resolver.apply(value), value);
    }

    private static String string(JsonNode f, String field) {
        JsonNode value = f.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode f, String field) {
        JsonNode value = f.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static String number(JsonNode f, String field) {
        JsonNode value = f.get(field);
        return value == null || value.isNull() ? null : plain(new BigDecimal(value.asText()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
