package org.treatytracker.upr;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.party.StateService;
import org.treatytracker.upr.UprStatsView.Totals;

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
    public List<UprReviewView> reviewsOf(String iso3) {
        String code = states.require(iso3).code;
        Map<Integer, List<UprReview>> byCycle = UprReview.ofState(code).stream()
                .collect(Collectors.groupingBy(r -> r.cycle, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Totals> counts = new HashMap<>();
        for (Object[] row : UprStatsService.countedPerReview(new UprStatsService.Filters(code, null, null, null, null))) {
            counts.put(((Number) row[5]).longValue(), new Totals(((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue()));
        }
        return byCycle.values().stream().map(facts -> UprReviewView.of(facts, counts)).toList();
    }
}
