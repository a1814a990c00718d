package org.treatytracker.upr;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.catalog.StateService;
import org.treatytracker.upr.UprStatsView.Totals;
import org.treatytracker.web.Iso3;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UprService {

    private final StateService states;

    public UprService(StateService states) {
        this.states = states;
    }

    public List<UprCycleView> cycles() {
        return UprCycle.listOrdered().stream().map(UprCycleView::of).toList();
    }

    /** One entry per cycle in which the state was reviewed, however many facts (reports, datasets) speak of it. */
    public List<UprReviewView> reviewsOf(Iso3 iso3) {
        String code = states.require(iso3).code;
        Map<Integer, List<UprReview>> byCycle = UprReview.ofState(code).stream()
                .collect(Collectors.groupingBy(r -> r.cycle, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Totals> counts = new HashMap<>();
        for (UprStatsService.ReviewCount row : UprStatsService.countedPerReview(UprStatsService.Filters.ofState(code))) {
            counts.put(row.reviewFactId(), row.totals());
        }
        Map<Integer, UprReviewView.SessionMonth> sessions = sessionMonths();
        return byCycle.values().stream().map(facts -> UprReviewView.of(facts, counts, sessions)).toList();
    }

    /** The UPR calendar's session months (V8__upr_merge.sql), by session number. */
    @SuppressWarnings("unchecked")
    private static Map<Integer, UprReviewView.SessionMonth> sessionMonths() {
        Map<Integer, UprReviewView.SessionMonth> sessions = new HashMap<>();
        for (Tuple row : (List<Tuple>) Panache.getEntityManager()
                .createNativeQuery("SELECT number, CAST(held_in AS text) AS held_in, source_id, locator FROM upr_sessions", Tuple.class)
                .getResultList()) {
            sessions.put(((Number) row.get("number")).intValue(), new UprReviewView.SessionMonth(
                    LocalDate.parse(row.get("held_in", String.class)), row.get("source_id", String.class), row.get("locator", String.class)));
        }
        return sessions;
    }
}
