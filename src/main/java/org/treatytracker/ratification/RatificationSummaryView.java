package org.treatytracker.ratification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.catalog.StateQuery;

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
            List<String> parameters = new ArrayList<>();
            query.forEach((name, value) -> {
                if (value != null) {
                    parameters.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
                }
            });
            return "/api/v1/ratifications/summary?" + String.join("&", parameters);
        }
    }

    public static List<String> csvColumns(List<String> groupBy) {
        List<String> columns = new ArrayList<>(groupBy);
        columns.addAll(List.of("treaty", "states", "party", "signatory", "denounced", "no_action", "unknown", "href"));
        return columns;
    }

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(row -> {
            List<Object> cells = new ArrayList<>(row.group().values());
            cells.addAll(Arrays.asList(row.treaty(), row.states(), row.party(), row.signatory(), row.denounced(),
                    row.noAction(), row.unknown(), row.href()));
            return cells;
        }).toList();
    }
}
