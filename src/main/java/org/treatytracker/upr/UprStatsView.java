package org.treatytracker.upr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * UPR acceptance statistics. The unit counted is the recommendation ({@code unit} says when a
 * recommendation counts once in each recommending state's or theme's row). Each row sums the reviews of
 * its group on one basis: {@code reported} (a review's totals as a source reports them),
 * {@code counted} (individual recommendations on record), or {@code mixed} (some reviews of each).
 * A review whose sources disagree is not summed: it is listed in {@code discrepancies} with every
 * value.
 */
public record UprStatsView(List<String> groupBy, String unit, List<Row> items, int total) {

    /** CSV columns: the group keys, then the row's fields (discrepancies as their count). */
    public List<String> csvColumns() {
        List<String> columns = new java.util.ArrayList<>(groupBy);
        columns.addAll(List.of("basis", "reviews", "recommendations_total", "accepted", "noted", "acceptance_rate",
                "discrepancies", "href"));
        return columns;
    }

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(row -> {
            List<Object> values = new java.util.ArrayList<>(row.group().values());
            values.addAll(java.util.Arrays.asList(row.basis(), row.reviews(), row.recommendationsTotal(), row.accepted(),
                    row.noted(), row.acceptanceRate(), row.discrepancies().size(), row.href()));
            return values;
        }).toList();
    }

    public record Row(
            Map<String, Object> group,
            String basis,
            int reviews,
            int recommendationsTotal,
            int accepted,
            int noted,
            BigDecimal acceptanceRate,
            List<Discrepancy> discrepancies,
            String href) {
    }

    /** One review whose reported and counted figures (or two reports) disagree. */
    public record Discrepancy(String state, int cycle, List<Totals> reported, Totals counted) {
    }

    public record Totals(Integer recommendationsTotal, Integer accepted, Integer noted) {
    }
}
