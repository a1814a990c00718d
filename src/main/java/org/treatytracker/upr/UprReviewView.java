package org.treatytracker.upr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.upr.UprStatsView.Totals;
import org.treatytracker.web.CsvColumn;

/**
 * A state's review in one cycle: one entry, whatever number of sources speak of it. An article may
 * report its totals and a dataset list its recommendations; each is a fact of its own (its owner
 * maintains it), and both are the review's {@code bases}. The headline figures follow
 * {@link ReviewBases#headline()} and {@code basis} says which; numbers computed from reported ones
 * are listed in {@code derived} with the formula used, so a reader can tell the two apart. A review
 * whose sources state no date takes the month its session was held from the UPR calendar, when the
 * calendar has it: {@code reviewed_on_basis} is then {@code inferred} and {@code derived} names the
 * reference; otherwise the date stays null.
 *
 * @param factId  the review's first fact from an article (seeds or editors), else its dataset's: the
 *                one editors add recommendations to
 * @param factIds every fact of this review, in the order of {@code bases}
 */
public record UprReviewView(
        @CsvColumn("The review's first fact from an article, else its dataset's: the one editors add recommendations to.") long factId,
        @CsvColumn("Every fact of this review, in the order of `bases`.") List<Long> factIds,
        @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state under review.", coded = CsvColumn.Coded.state) String state,
        @CsvColumn("The UPR cycle (1, 2, 3...).") int cycle,
        @CsvColumn(value = "The UPR Working Group session.", empty = "no source gives it") Integer session,
        @CsvColumn(value = "When the review was held.", empty = "no source gives it and the calendar does not have its session",
                date = true) String reviewedOn,
        @CsvColumn(value = "How precise `reviewed_on` is (the same as `reviewed_on_precision`, kept for readers of earlier exports).",
                empty = "`reviewed_on` is empty", vocabulary = PartialDate.Precision.class) String datePrecision,
        @CsvColumn(value = "`stated` by a source, or `inferred` from the UPR calendar (see `derived`).", empty = "`reviewed_on` is empty",
                vocabulary = PartialDate.Basis.class) String reviewedOnBasis,
        @CsvColumn(value = "The Human Rights Council session that adopted the outcome.", empty = "no source gives it")
        Integer adoptedAtHrcSession,
        @CsvColumn(value = "Where the headline figures come from: `reported` totals, `counted` recommendations, or `none`.",
                values = {ReviewBases.REPORTED, ReviewBases.COUNTED, ReviewBases.NONE}) String basis,
        @CsvColumn(value = "Recommendations the state received.", empty = "`basis` is `none`") Integer recommendationsTotal,
        @CsvColumn(value = "Recommendations the state supported.", empty = "`basis` is `none`") Integer supported,
        @CsvColumn(value = "Recommendations the state noted.", empty = "`basis` is `none`") Integer noted,
        @CsvColumn(value = "`supported` / `recommendations_total`, 4 decimals.", empty = "`basis` is `none`, or no recommendations")
        BigDecimal supportRate,
        @CsvColumn(value = "Values computed rather than read, each with its formula, as JSON.", empty = "none") List<Derived> derived,
        @CsvColumn(value = "What each fact gives for the review, as JSON.", empty = "no fact gives figures") List<Basis> bases,
        @CsvColumn(value = "Evidence for the review, as JSON.", empty = "none") List<ProvenanceView> provenance) {

    public record Derived(String field, String formula) {
    }

    /**
     * What one fact gives for the review: {@code reported} totals (noted or supported filled from the
     * other when the source gives one of them) or a {@code counted} list of recommendations.
     */
    public record Basis(String basis, long factId, String owner, Integer recommendationsTotal, Integer supported,
                        Integer noted, BigDecimal supportRate) {
    }

    /** The month a UPR Working Group session was held, and where the calendar has it from. */
    public record SessionMonth(LocalDate heldIn, String sourceId, String locator) {
    }

    /**
     * One review from its facts (article reports first, then datasets'), with the counts of the
     * recommendations imported under each ({@code counts}, by fact id; absent for a fact with none)
     * and the calendar's session months ({@code sessions}, by session number).
     */
    public static UprReviewView of(List<UprReview> facts, Map<Long, Totals> counts, Map<Integer, SessionMonth> sessions) {
        List<UprReview> ordered = new ArrayList<>(facts.stream().filter(f -> f.importKey == null).toList());
        ordered.addAll(facts.stream().filter(f -> f.importKey != null).toList());
        List<Basis> bases = new ArrayList<>();
        List<Totals> reported = new ArrayList<>();
        List<Totals> counted = new ArrayList<>();
        for (UprReview fact : ordered) {
            Totals report = UprStatsService.reported(fact);
            if (report != null) {
                bases.add(basis(ReviewBases.REPORTED, fact, report));
                addDistinct(reported, report);
            }
            Totals count = counts.get(fact.id);
            if (count != null) {
                bases.add(basis(ReviewBases.COUNTED, fact, count));
                addDistinct(counted, count);
            }
        }
        ReviewBases review = new ReviewBases(reported, counted);
        String headline = review.headline();
        List<Derived> derived = new ArrayList<>();
        Integer total = null;
        Integer supported = null;
        Integer noted = null;
        if (ReviewBases.REPORTED.equals(headline)) {
            UprReview source = ordered.stream().filter(f -> reported.get(0).equals(UprStatsService.reported(f)))
                    .findFirst().orElseThrow();
            total = source.recommendationsTotal;
            supported = source.accepted;
            noted = source.noted;
            if (noted == null) {
                noted = total - supported;
                derived.add(new Derived("noted", "recommendations_total - supported"));
            } else if (supported == null) {
                supported = total - noted;
                derived.add(new Derived("supported", "recommendations_total - noted"));
            }
        } else if (ReviewBases.COUNTED.equals(headline)) {
            total = counted.get(0).recommendationsTotal();
            supported = counted.get(0).supported();
            noted = counted.get(0).noted();
        }
        BigDecimal rate = rate(supported, total);
        if (rate != null) {
            derived.add(new Derived("support_rate", "supported / recommendations_total, 4 decimals"));
        }
        UprReview dated = first(ordered, f -> f.reviewed);
        UprReview first = ordered.get(0);
        Integer session = valueOf(ordered, f -> f.session);
        String reviewedOn = null;
        String precision = null;
        String dateBasis = null;
        if (dated != null) {
            reviewedOn = dated.reviewed.iso();
            precision = dated.reviewed.precision().name();
            dateBasis = "stated";
        } else if (session != null && sessions.containsKey(session)) {
            SessionMonth month = sessions.get(session);
            reviewedOn = PartialDate.iso(month.heldIn(), PartialDate.Precision.month);
            precision = PartialDate.Precision.month.name();
            dateBasis = "inferred";
            derived.add(new Derived("reviewed_on", "the month UPR Working Group session " + session
                    + " was held, from the UPR calendar (source " + month.sourceId() + ": " + month.locator() + ")"));
        }
        return new UprReviewView(
                first.id,
                ordered.stream().map(f -> f.id).toList(),
                first.state.code,
                first.cycle,
                session,
                reviewedOn,
                precision,
                dateBasis,
                valueOf(ordered, f -> f.adoptedAtHrcSession),
                headline == null ? ReviewBases.NONE : headline,
                total,
                supported,
                noted,
                rate,
                derived,
                bases,
                ordered.stream().flatMap(f -> f.citations.stream()).map(c -> ProvenanceView.of(c, null)).toList());
    }

    private static Basis basis(String basis, UprReview fact, Totals totals) {
        return new Basis(basis, fact.id, fact.owner().name(), totals.recommendationsTotal(), totals.supported(),
                totals.noted(), rate(totals.supported(), totals.recommendationsTotal()));
    }

    private static void addDistinct(List<Totals> list, Totals totals) {
        if (!list.contains(totals)) {
            list.add(totals);
        }
    }

    private static BigDecimal rate(Integer supported, Integer total) {
        return total == null || supported == null || total == 0 ? null
                : BigDecimal.valueOf(supported).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    private static UprReview first(List<UprReview> facts, Function<UprReview, Object> field) {
        return facts.stream().filter(f -> field.apply(f) != null).findFirst().orElse(null);
    }

    private static Integer valueOf(List<UprReview> facts, Function<UprReview, Integer> field) {
        return facts.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
