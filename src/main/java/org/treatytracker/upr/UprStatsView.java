package org.treatytracker.upr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * UPR acceptance statistics. The unit counted is the recommendation ({@code unit} says when a
 * recommendation counts once in each recommending state's or theme's row). Each row's headline
 * figures sum the reviews of its group, each on one basis ({@link ReviewBases#headline()}):
 * {@code reported} (a review's totals as a source reports them) when there is one report, else
 * {@code counted} (individual recommendations on record); {@code mixed} when the group has some of
 * each, {@code none} when no review of it has a single figure (the headline figures are then null,
 * never zero). Beside them, {@code reported} and {@code counted} sum each basis over the reviews that
 * have it, so that where both exist they are seen side by side. A review whose sources give more than
 * one set of figures is listed in {@code discrepancies} with every value and the basis its headline took.
 * {@code states_covered} names the states under review whose figures the answer holds: statistics
 * over "all states" are over these, not over every state of the world.
 */
public record UprStatsView(List<String> groupBy, String unit, List<Row> items, int total, List<String> statesCovered) {

    private static final List<String> SUBTOTAL_COLUMNS = List.of("reviews", "recommendations_total", "accepted", "noted",
            "acceptance_rate");

    /**
     * CSV columns: the group keys, then the row's fields (discrepancies as their count), then (added
     * later, so after {@code href}) each basis's subtotal as dotted columns.
     */
    public List<String> csvColumns() {
        List<String> columns = new ArrayList<>(groupBy);
        columns.addAll(List.of("basis", "reviews", "recommendations_total", "accepted", "noted", "acceptance_rate",
                "discrepancies", "href"));
        for (String basis : List.of("reported", "counted")) {
            SUBTOTAL_COLUMNS.forEach(column -> columns.add(basis + "." + column));
        }
        return columns;
    }

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(row -> {
            List<Object> values = new ArrayList<>(row.group().values());
            values.addAll(Arrays.asList(row.basis(), row.reviews(), row.recommendationsTotal(), row.accepted(),
                    row.noted(), row.acceptanceRate(), row.discrepancies().size(), row.href()));
            values.addAll(Subtotal.cells(row.reported()));
            values.addAll(Subtotal.cells(row.counted()));
            return values;
        }).toList();
    }

    public record Row(
            Map<String, Object> group,
            String basis,
            int reviews,
            Integer recommendationsTotal,
            Integer accepted,
            Integer noted,
            BigDecimal acceptanceRate,
            List<Discrepancy> discrepancies,
            String href,
            Subtotal reported,
            Subtotal counted) {
    }

    /** One basis summed over the reviews of a row that have it; null in the row when none has. */
    public record Subtotal(int reviews, int recommendationsTotal, int accepted, int noted, BigDecimal acceptanceRate) {

        static List<Object> cells(Subtotal subtotal) {
            return subtotal == null ? Arrays.asList(null, null, null, null, null)
                    : Arrays.asList(subtotal.reviews, subtotal.recommendationsTotal, subtotal.accepted, subtotal.noted,
                    subtotal.acceptanceRate);
        }
    }

    /**
     * One review whose sources give more than one set of figures: every report, every count
     * ({@code counted} is the count when there is one, as before {@code counts} listed them all), and
     * {@code headline}, the basis the row's headline figures took for it (null: left out of them).
     */
    public record Discrepancy(String state, int cycle, List<Totals> reported, Totals counted, List<Totals> counts,
                              String headline) {
    }

    public record Totals(Integer recommendationsTotal, Integer accepted, Integer noted) {
    }
}
