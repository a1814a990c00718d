package org.treatytracker.upr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.catalog.RegionalGroup;
import org.treatytracker.web.CodeNames;
import org.treatytracker.web.ColumnType;
import org.treatytracker.web.CsvColumn;
import org.treatytracker.web.ExportColumn;
import org.treatytracker.web.ExportColumns;

/**
 * UPR statistics: how many recommendations states supported and noted. The unit counted is the recommendation ({@code unit} says when a
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

    /**
     * The CSV's first columns, for each key of {@code group_by} in the order it names them: the key's
     * value, and beside a state's code the catalog's name.
     */
    public static final Map<String, List<ExportColumn>> GROUP_COLUMNS = groupColumns();

    /**
     * The CSV's columns after the group's: the row's fields (discrepancies as their count), then (added
     * later, so after {@code href}) each basis's subtotal as dotted columns.
     */
    public static final ExportColumns ROW_COLUMNS = ExportColumns.written(rowColumns());

    public ExportColumns csvColumns() {
        return ROW_COLUMNS.after(groupBy.stream().flatMap(key -> GROUP_COLUMNS.get(key).stream()).toList());
    }

    public List<List<?>> csvRows(CodeNames names) {
        return items.stream().<List<?>>map(row -> {
            List<Object> values = new ArrayList<>();
            row.group().forEach((key, value) -> {
                values.add(value);
                if (GROUP_COLUMNS.get(key).size() > 1) {
                    values.add(value == null ? null : names.of(CsvColumn.Coded.state, value.toString()));
                }
            });
            values.addAll(Arrays.asList(row.basis(), row.reviews(), row.recommendationsTotal(), row.supported(),
                    row.noted(), row.supportRate(), row.discrepancies().size(), row.href()));
            values.addAll(Subtotal.cells(row.reported()));
            values.addAll(Subtotal.cells(row.counted()));
            return values;
        }).toList();
    }

    private static Map<String, List<ExportColumn>> groupColumns() {
        Map<String, List<ExportColumn>> columns = new LinkedHashMap<>();
        columns.put("cycle", List.of(column("cycle", ColumnType.integer, "", "The UPR cycle.")));
        columns.put("state", List.of(column("state", ColumnType.string, "", "ISO 3166-1 alpha-3 code of the state under review."),
                name("state")));
        columns.put("session", List.of(column("session", ColumnType.integer, "no source gives the reviews' session",
                "The UPR Working Group session.")));
        columns.put("recommending_state", List.of(column("recommending_state", ColumnType.string, "",
                "Code of the recommending state (or organisation)."), name("recommending_state")));
        columns.put("theme", List.of(column("theme", ColumnType.string, "", "A theme the recommendations are filed under.")));
        columns.put("response", List.of(new ExportColumn("response", ColumnType.string,
                Arrays.stream(UprResponse.values()).map(Enum::name).toList(), "recommendations with no response on record",
                "The state's response.", false)));
        List<String> groups = Arrays.stream(RegionalGroup.values()).map(Enum::name).toList();
        columns.put("regional_group", List.of(new ExportColumn("regional_group", ColumnType.string, groups,
                "states under review in no UN regional group", "The UN regional group of the state under review.", false)));
        columns.put("recommending_regional_group", List.of(new ExportColumn("recommending_regional_group", ColumnType.string,
                groups, "recommending states in no UN regional group (observers, organisations)",
                "A UN regional group among the recommending states.", false)));
        columns.put("action_category", List.of(new ExportColumn("action_category", ColumnType.integer,
                List.of("1", "2", "3", "4", "5"), "", "UPR Info's action category.", false)));
        return columns;
    }

    private static ExportColumn name(String code) {
        return new ExportColumn(code + "_name", ColumnType.string, List.of(), "the catalog has no English name for the code",
                "The catalog's English name of `" + code + "`.", false);
    }

    private static List<ExportColumn> rowColumns() {
        List<ExportColumn> columns = new ArrayList<>(List.of(
                new ExportColumn("basis", ColumnType.string,
                        List.of(ReviewBases.REPORTED, ReviewBases.COUNTED, ReviewBases.MIXED, ReviewBases.NONE), "",
                        "Where the headline figures come from: `reported` totals, `counted` recommendations, `mixed` (some reviews each), "
                                + "`none` (no review of the group has a single set of figures).", false),
                column("reviews", ColumnType.integer, "", "Reviews whose figures the headline sums."),
                column("recommendations_total", ColumnType.integer, "`basis` is `none`", "Recommendations, on the headline basis."),
                column("supported", ColumnType.integer, "`basis` is `none`", "Of them, supported."),
                column("noted", ColumnType.integer, "`basis` is `none`", "Of them, noted."),
                column("support_rate", ColumnType.decimal, "`basis` is `none`, or no recommendations",
                        "`supported` / `recommendations_total`, 4 decimals."),
                column("discrepancies", ColumnType.integer, "", "Reviews whose sources give more than one set of figures (listed in the JSON)."),
                column("href", ColumnType.string, "", "API path of the statistics of this row alone.")));
        for (String basis : List.of(ReviewBases.REPORTED, ReviewBases.COUNTED)) {
            String none = "no review of the row has " + basis + " figures";
            columns.add(column(basis + ".reviews", ColumnType.integer, none, "Reviews with " + basis + " figures."));
            columns.add(column(basis + ".recommendations_total", ColumnType.integer, none, "Their recommendations, " + basis + "."));
            columns.add(column(basis + ".supported", ColumnType.integer, none, "Of them, supported."));
            columns.add(column(basis + ".noted", ColumnType.integer, none, "Of them, noted."));
            columns.add(column(basis + ".support_rate", ColumnType.decimal, none + ", or they count no recommendations",
                    "`" + basis + ".supported` / `" + basis + ".recommendations_total`, 4 decimals."));
        }
        return columns;
    }

    private static ExportColumn column(String name, ColumnType type, String empty, String description) {
        return new ExportColumn(name, type, List.of(), empty, description, false);
    }

    public record Row(
            Map<String, Object> group,
            String basis,
            int reviews,
            Integer recommendationsTotal,
            Integer supported,
            Integer noted,
            BigDecimal supportRate,
            List<Discrepancy> discrepancies,
            String href,
            Subtotal reported,
            Subtotal counted) {
    }

    /** One basis summed over the reviews of a row that have it; null in the row when none has. */
    public record Subtotal(int reviews, int recommendationsTotal, int supported, int noted, BigDecimal supportRate) {

        static List<Object> cells(Subtotal subtotal) {
            return subtotal == null ? Arrays.asList(null, null, null, null, null)
                    : Arrays.asList(subtotal.reviews, subtotal.recommendationsTotal, subtotal.supported, subtotal.noted,
                    subtotal.supportRate);
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

    public record Totals(Integer recommendationsTotal, Integer supported, Integer noted) {
    }
}
