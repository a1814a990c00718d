package org.treatytracker.ratification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.StateService;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyService;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.TreatyCode;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RatificationService {

    private final StateService states;
    private final TreatyService treaties;

    public RatificationService(StateService states, TreatyService treaties) {
        this.states = states;
        this.treaties = treaties;
    }

    /**
     * One entry per treaty of the catalog, {@code unknown} where no source speaks.
     *
     * @param asOf null for the status today
     */
    public List<RatificationView> ofState(Iso3 iso3, LocalDate asOf) {
        Party state = states.require(iso3);
        Map<String, List<TreatyAction>> byTreaty = TreatyAction.logOf(state.code).stream()
                .collect(Collectors.groupingBy(a -> a.treaty.code));
        Map<String, List<Coverage>> coverage = Coverage.ofParties(List.of(state.code));
        return Treaty.<Treaty>listOrdered().stream()
                .map(treaty -> view(state, treaty, byTreaty.getOrDefault(treaty.code, List.of()),
                        coverage.getOrDefault(state.code + "/" + treaty.code, List.of()), asOf))
                .toList();
    }

    public RatificationView ofStateAndTreaty(Iso3 iso3, TreatyCode code, LocalDate asOf) {
        Party state = states.require(iso3);
        Treaty treaty = treaties.require(code);
        return view(state, treaty, TreatyAction.logOf(state.code, treaty.code), Coverage.of(state.code, treaty.code), asOf);
    }

    private static RatificationView view(Party state, Treaty treaty, List<TreatyAction> log, List<Coverage> coverage,
                                         LocalDate asOf) {
        Standing standing = Standing.of(log, coverage, asOf);
        return new RatificationView(state.code, treaty.code, treaty.nameEn, standing.status(),
                asOf == null ? null : asOf.toString(),
                TreatyAction.possiblyBy(log, asOf).stream().map(a -> action(a, standing.counts(a))).toList(),
                TreatyAction.logHref(state.code, treaty.code, asOf),
                standing.basis(), standing.basisAsOf() == null ? null : standing.basisAsOf().toString(),
                standing.disagreement(), standing.sources());
    }

    private static RatificationView.Action action(TreatyAction action, boolean counted) {
        return new RatificationView.Action(
                action.id,
                action.action,
                DatedValue.isoOf(action.dated),
                action.dated == null ? null : action.dated.precision().name(),
                action.dated == null ? null : action.dated.basis().name(),
                action.citations.stream().map(c -> ProvenanceView.of(c, null)).toList(),
                counted);
    }
}
