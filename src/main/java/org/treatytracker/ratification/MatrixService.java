package org.treatytracker.ratification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.StateQuery;
import org.treatytracker.catalog.StateService;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyService;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.TreatyCode;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixService {

    private final StateService states;
    private final TreatyService treaties;

    public MatrixService(StateService states, TreatyService treaties) {
        this.states = states;
        this.treaties = treaties;
    }

    /**
     * @param stateList  comma-separated ISO alpha-3 codes; null for every state
     * @param treatyList comma-separated treaty codes and the keywords {@code core} and
     *                   {@code protocols}; null for every treaty
     * @param which      the states among those kept (UN standing, regional group)
     */
    public MatrixView build(String stateList, String treatyList, StateQuery which, LocalDate asOf) {
        List<Party> rows = (stateList == null ? Party.states()
                : tokens(stateList).stream().map(token -> states.require(new Iso3(token))).toList())
                .stream().filter(which::matches).toList();
        List<Treaty> columns = treatyList == null ? Treaty.listOrdered() : selectTreaties(tokens(treatyList));

        Set<String> stateCodes = rows.stream().map(p -> p.code).collect(Collectors.toSet());
        Set<String> treatyCodes = columns.stream().map(t -> t.code).collect(Collectors.toSet());
        // Only the pairs shown are read: one treaty's column (a treaty's page) reads that treaty's rows alone.
        Map<String, List<TreatyAction>> logs = TreatyAction.bareLogsOf(stateCodes, treatyCodes);
        Map<String, List<Coverage>> coverage = stateList == null && which.equals(StateQuery.ANY)
                ? (treatyList == null ? Coverage.all() : Coverage.ofTreaties(treatyCodes))
                : Coverage.ofParties(stateCodes);

        List<MatrixView.Cell> cells = new ArrayList<>();
        for (Party state : rows) {
            for (Treaty treaty : columns) {
                String pair = state.code + "/" + treaty.code;
                Standing standing = Standing.of(logs.getOrDefault(pair, List.of()), coverage.getOrDefault(pair, List.of()), asOf);
                List<TreatyAction> shown = TreatyAction.possiblyBy(standing.counted(), asOf);
                cells.add(new MatrixView.Cell(state.code, treaty.code, standing.status(),
                        firstDate(shown, a -> a.action == TreatyAction.Type.signature),
                        firstDate(shown, a -> RatificationStatus.isBinding(a.action)),
                        TreatyAction.logHref(state.code, treaty.code, asOf), standing.basis(),
                        standing.basisAsOf() == null ? null : standing.basisAsOf().toString()));
            }
        }
        return new MatrixView(rows.stream().map(p -> p.code).toList(), columns.stream().map(t -> t.code).toList(),
                asOf == null ? null : asOf.toString(), cells, cells.size());
    }

    /**
     * The matrix's cells counted by status per treaty, and per group of its states when asked
     * ({@code regional_group}, or {@code un_status}): the same selection as {@link #build}.
     */
    public RatificationSummaryView summary(String stateList, String treatyList, StateQuery which, LocalDate asOf,
                                           String groupBy) {
        MatrixView matrix = build(stateList, treatyList, which, asOf);
        Map<String, Party> parties = Party.states().stream().collect(Collectors.toMap(p -> p.code, p -> p));
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (MatrixView.Cell cell : matrix.items()) {
            Party state = parties.get(cell.state());
            String group = switch (groupBy == null ? "" : groupBy) {
                case "regional_group" -> state.regionalGroup == null ? null : state.regionalGroup.name();
                case "un_status" -> state.unStatus == null ? null : state.unStatus.name();
                default -> null;
            };
            counts.computeIfAbsent(Arrays.asList(group, cell.treaty()), k -> new int[RatificationStatus.values().length])
                    [cell.status().ordinal()]++;
        }
        List<RatificationSummaryView.Row> rows = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> k) -> k.get(0),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(k -> matrix.treaties().indexOf(k.get(1)))))
                .map(e -> RatificationSummaryView.Row.of(groupBy, e.getKey().get(0), e.getKey().get(1), e.getValue(),
                        stateList, which, asOf))
                .toList();
        return new RatificationSummaryView(groupBy == null ? List.of() : List.of(groupBy), matrix.asOf(), rows, rows.size(),
                matrix.states().size());
    }

    private List<Treaty> selectTreaties(List<String> tokens) {
        Set<Treaty> selected = new LinkedHashSet<>();
        for (String token : tokens) {
            switch (token.toLowerCase(Locale.ROOT)) {
                case "core" -> selected.addAll(Treaty.<Treaty>list("kind = ?1 order by code", Treaty.Kind.core));
                case "protocols" -> selected.addAll(
                        Treaty.<Treaty>list("kind = ?1 order by code", Treaty.Kind.optional_protocol));
                default -> selected.add(treaties.require(new TreatyCode(token)));
            }
        }
        return List.copyOf(selected);
    }

    private static List<String> tokens(String list) {
        List<String> tokens = Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (tokens.isEmpty()) {
            throw ApiException.badRequest("An empty list selects nothing; leave the parameter out to select all.");
        }
        return tokens;
    }

    private static String firstDate(List<TreatyAction> log, Predicate<TreatyAction> which) {
        return log.stream().filter(which).filter(a -> a.dated != null)
                .map(a -> a.dated.iso()).findFirst().orElse(null);
    }
}
