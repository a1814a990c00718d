package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.TreatyCode;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TreatyService {

    /** Among claims of the same event, the most precise date is shown; stated beats inferred. */
    private static final Comparator<TreatyDate> BEST_DATE = Comparator
            .comparing((TreatyDate d) -> d.dated.precision().ordinal())
            .thenComparing(d -> d.dated.basis().ordinal());

    public List<TreatyView> list() {
        return Treaty.<Treaty>listOrdered().stream().map(this::view).toList();
    }

    public TreatyView get(TreatyCode code) {
        return view(require(code));
    }

    /** The treaty with this code: 404 if there is none. */
    public Treaty require(TreatyCode code) {
        return Treaty.<Treaty>findByIdOptional(code.code())
                .orElseThrow(() -> ApiException.notFound("No treaty with code '" + code.code() + "'."));
    }

    private TreatyView view(Treaty treaty) {
        List<ProvenanceView> provenance = new ArrayList<>();
        TreatyEntry.forTreaty(treaty.code).ifPresent(entry ->
                entry.citations.forEach(c -> provenance.add(ProvenanceView.of(c, "entry"))));

        // In the events' order: a HashMap of enum keys iterates in an order that changes from one run to the next.
        Map<TreatyDate.Event, List<TreatyDate>> byEvent = TreatyDate.forTreaty(treaty.code).stream()
                .collect(Collectors.groupingBy(d -> d.event, () -> new EnumMap<>(TreatyDate.Event.class), Collectors.toList()));
        byEvent.forEach((event, dates) -> dates.forEach(date ->
                date.citations.forEach(c -> provenance.add(ProvenanceView.of(c, field(event))))));

        return new TreatyView(
                treaty.code,
                treaty.kind,
                new TreatyView.Names(treaty.nameEn, treaty.nameFr),
                treaty.aliases.stream().map(a -> new TreatyView.Alias(a.alias, a.language)).toList(),
                treaty.parent == null ? null : treaty.parent.code,
                best(byEvent, TreatyDate.Event.adopted),
                best(byEvent, TreatyDate.Event.opened_for_signature),
                best(byEvent, TreatyDate.Event.entry_into_force),
                treaty.monitoringBody,
                "/api/v1/treaties/" + treaty.code,
                provenance);
    }

    private static String best(Map<TreatyDate.Event, List<TreatyDate>> byEvent, TreatyDate.Event event) {
        return Optional.ofNullable(byEvent.get(event))
                .flatMap(dates -> dates.stream().min(BEST_DATE))
                .map(TreatyDate::partialDate)
                .map(PartialDate::iso)
                .orElse(null);
    }

    static String field(TreatyDate.Event event) {
        return switch (event) {
            case adopted -> "adopted_on";
            case opened_for_signature -> "opened_for_signature_on";
            case entry_into_force -> "entry_into_force_on";
        };
    }
}
