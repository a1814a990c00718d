package org.treatytracker.ratification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.catalog.RegionalGroup;
import org.treatytracker.catalog.StateQuery;
import org.treatytracker.catalog.UnStatus;
import org.treatytracker.web.CodeNames;
import org.treatytracker.web.ColumnType;
import org.treatytracker.web.CsvColumn;
import org.treatytracker.web.ExportColumn;
import org.treatytracker.web.ExportColumns;
import org.treatytracker.web.QueryString;

/**
 * The ratification matrix counted: per treaty, and per group of states when grouped, how many of the
 * selected states stand in each status. {@code statesSelected}: how many states the selection holds.
 */
public record RatificationSummaryView(List<String> groupBy, String asOf, List<Row> items, int total, int statesSelected) {

    /** One treaty in one group: the states counted and how many have each status; {@code href} gives this row again. */
    public record Row(Map<String, String> group, String treaty, int states, int party, int signatory, int denounced,
                      int noAction, int unknown, String href) {

        static Row of(String groupBy, String group, String treaty, int[] byStatus, String stateList, StateQuery which,
                      LocalDate asOf) {
            Map<String, String> key = new LinkedHashMap<>();
            if (groupBy != null) {
                key.put(groupBy, group);
            }
            return new Row(key, treaty, Arrays.stream(byStatus).sum(), byStatus[RatificationStatus.party.ordinal()],
                    byStatus[RatificationStatus.signatory.ordinal()], byStatus[RatificationStatus.denounced.ordinal()],
                    byStatus[RatificationStatus.no_action.ordinal()], byStatus[RatificationStatus.unknown.ordinal()],
                    href(groupBy, group, treaty, stateList, which, asOf));
        }

        /** The request's selection narrowed to this row's treaty and group, with the same grouping. */
        private static String href(String groupBy, String group, String treaty, String stateList, StateQuery which,
                                   LocalDate asOf) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("states", stateList);
            query.put("treaties", treaty);
            query.put("un_status", which.unStatus());
            query.put("regional_group", which.regionalGroup());
            if (groupBy != null && group != null) {
                query.put(groupBy, group);
            }
            query.put("as_of", asOf);
            query.put("group_by", groupBy);
            return "/api/v1/ratifications/summary?" + QueryString.of(query);
        }
    }

    /** The leading column of each grouping key. */
    public static final Map<String, List<ExportColumn>> GROUP_COLUMNS = groupColumns();

    /** The columns after the group's: the treaty with its name, the counts by status, the href. */
    public static final ExportColumns ROW_COLUMNS = ExportColumns.written(rowColumns());

    public ExportColumns csvColumns() {
        return ROW_COLUMNS.after(groupBy.stream().flatMap(key -> GROUP_COLUMNS.get(key).stream()).toList());
    }

    private static Map<String, List<ExportColumn>> groupColumns() {
        Map<String, List<ExportColumn>> columns = new LinkedHashMap<>();
        columns.put("regional_group", List.of(new ExportColumn("regional_group", ColumnType.string,
                Arrays.stream(RegionalGroup.values()).map(Enum::name).toList(), "states in no UN regional group (non-members, observers)",
                "The UN regional group of the states counted.", false)));
        columns.put("un_status", List.of(new ExportColumn("un_status", ColumnType.string,
                Arrays.stream(UnStatus.values()).map(Enum::name).toList(), "states neither members nor observers",
                "The UN standing of the states counted.", false)));
        return columns;
    }

    private static List<ExportColumn> rowColumns() {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn("treaty", ColumnType.string, List.of(), "", "Treaty code.", false));
        columns.add(new ExportColumn("treaty_name", ColumnType.string, List.of(), "the catalog has no English name for the code",
                "The catalog's English name of `treaty`.", false));
        columns.add(count("states", "The states counted in the row."));
        for (RatificationStatus status : RatificationStatus.values()) {
            columns.add(count(status.name(), "Of them, those whose status is `" + status.name() + "`."));
        }
        columns.add(new ExportColumn("href", ColumnType.string, List.of(), "", "API path of this row alone.", false));
        return columns;
    }

    public List<List<?>> csvRows(CodeNames names) {
        return items.stream().<List<?>>map(row -> {
            List<Object> cells = new ArrayList<>(row.group().values());
            cells.addAll(Arrays.asList(row.treaty(), names.of(CsvColumn.Coded.treaty, row.treaty()), row.states(), row.party(),
                    row.signatory(), row.denounced(), row.noAction(), row.unknown(), row.href()));
            return cells;
        }).toList();
    }

    private static ExportColumn count(String name, String description) {
        return new ExportColumn(name, ColumnType.integer, List.of(), "", description, false);
    }
}
