package org.treatytracker.ratification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.StateService;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyService;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.TreatyCode;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    private final StateService states;
    private final TreatyService treaties;

    public CoverageService(StateService states, TreatyService treaties) {
        this.states = states;
        this.treaties = treaties;
    }

    /**
     * @param state  null for every state
     * @param treaty null for every treaty
     */
    public CoverageView of(Iso3 state, TreatyCode treaty) {
        List<Party> rows = state == null ? Party.states() : List.of(states.require(state));
        List<Treaty> columns = treaty == null ? Treaty.listOrdered() : List.of(treaties.require(treaty));
        Map<String, List<Coverage>> coverage = state == null ? Coverage.all()
                : Coverage.ofParties(rows.stream().map(p -> p.code).toList());
        List<CoverageView.Item> items = new ArrayList<>();
        int covered = 0;
        int completely = 0;
        for (Party party : rows) {
            for (Treaty column : columns) {
                String href = TreatyAction.logHref(party.code, column.code);
                List<Coverage> records = coverage.getOrDefault(party.code + "/" + column.code, List.of());
                if (records.isEmpty()) {
                    items.add(new CoverageView.Item(party.code, column.code, null, null, null, null, null, href));
                    continue;
                }
                covered++;
                if (records.stream().anyMatch(Coverage::complete)) {
                    completely++;
                }
                for (Coverage record : records) {
                    items.add(new CoverageView.Item(party.code, column.code, record.sourceId(), record.dataset(),
                            record.asOf() == null ? null : record.asOf().toString(), record.complete(), record.locator(), href));
                }
            }
        }
        return new CoverageView(items, items.size(), rows.size() * columns.size(), covered, completely);
    }
}
