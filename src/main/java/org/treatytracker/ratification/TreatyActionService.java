package org.treatytracker.ratification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.DatedValue;

/** The treaty actions on record, flat, each with whether its pair's status counts it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TreatyActionService {

    /** By state, treaty and date (undated last): the order of a state's action logs. */
    public List<TreatyActionView> list(TreatyActionFilter filter) {
        Map<String, List<TreatyAction>> logs = TreatyAction.listed(filter.stateCode(), filter.treatyCode()).stream()
                .collect(Collectors.groupingBy(a -> a.party.code + "/" + a.treaty.code, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Coverage>> coverage = Coverage.ofParties(logs.values().stream().map(log -> log.get(0).party.code)
                .distinct().toList());
        return logs.entrySet().stream().flatMap(pair -> {
            Standing standing = Standing.of(pair.getValue(), coverage.getOrDefault(pair.getKey(), List.of()), null);
            return pair.getValue().stream().map(action -> view(action, standing.counts(action)));
        }).toList();
    }

    private static TreatyActionView view(TreatyAction action, boolean counted) {
        List<Citation> citations = action.citations;
        return new TreatyActionView(
                action.id,
                action.party.code,
                action.party.nameEn,
                action.treaty.code,
                action.treaty.nameEn,
                action.action,
                DatedValue.isoOf(action.dated),
                action.dated == null ? null : action.dated.precision().name(),
                action.dated == null || action.dated.basis() == null ? null : action.dated.basis().name(),
                counted,
                action.owner(),
                action.dataset(),
                citations.stream().map(c -> c.id).toList(),
                citations.stream().map(c -> c.place.source.id).toList(),
                citations.stream().map(c -> c.place.locator == null ? "" : c.place.locator).toList(),
                action.href());
    }
}
