package org.treatytracker.upr;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

/** What the UPR statistics are asked for, as a {@code @BeanParam}: the filters and the keys to group by, checked as they arrive. */
public record StatsQuery(@BeanParam UprQuery filters, @QueryParam("group_by") String grouping) {

    private static final List<String> KEYS = List.of("cycle", "state", "session", "recommending_state", "theme", "response",
            "regional_group", "recommending_regional_group", "action_category");

    public StatsQuery {
        keys(grouping);
    }

    /** The keys to group by, each once, in the order given; none when {@code group_by} is not given. */
    public List<String> groupBy() {
        return keys(grouping);
    }

    private static List<String> keys(String grouping) {
        if (grouping == null) {
            return List.of();
        }
        List<String> keys = Arrays.stream(grouping.split(",")).map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        for (String key : keys) {
            if (!KEYS.contains(key)) {
                throw ApiException.badRequest("group_by '" + Codes.printable(key) + "' is not one of " + KEYS + ".");
            }
        }
        return keys;
    }
}
