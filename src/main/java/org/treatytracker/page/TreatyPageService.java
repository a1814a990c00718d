package org.treatytracker.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.StateQuery;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyService;
import org.treatytracker.catalog.TreatyView;
import org.treatytracker.figure.FigureService;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.ratification.MatrixService;
import org.treatytracker.ratification.MatrixView;
import org.treatytracker.ratification.RatificationStatus;
import org.treatytracker.web.TreatyCode;

/** A treaty's page, read in one transaction from the services the API answers with. */
@ApplicationScoped
public class TreatyPageService {

    static final List<String> SORTS = List.of("name", "status", "signed", "bound");

    private final TreatyService treaties;
    private final MatrixService matrix;
    private final FigureService figures;

    public TreatyPageService(TreatyService treaties, MatrixService matrix, FigureService figures) {
        this.treaties = treaties;
        this.matrix = matrix;
        this.figures = figures;
    }

    /** The page of the treaty {@code code} (as the catalog spells it), its states sorted by {@code sort}; empty for no such treaty. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<TreatyPage> page(String code, String sort, PageContext context) {
        Optional<Treaty> found = Treaty.<Treaty>listOrdered().stream().filter(t -> t.code.equalsIgnoreCase(code)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Treaty treaty = found.get();
        PageLanguage language = context.language();
        PageText text = language.text();
        TreatyView view = treaties.get(new TreatyCode(treaty.code));
        Map<String, Party> states = Party.states().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));

        MatrixView cells = matrix.build(null, treaty.code, StateQuery.ANY, null);
        List<TreatyPage.StateRow> rows = new ArrayList<>();
        Map<RatificationStatus, Integer> counts = new EnumMap<>(RatificationStatus.class);
        TreeMap<Integer, Integer> boundByYear = new TreeMap<>();
        for (MatrixView.Cell cell : cells.items()) {
            Party state = states.get(cell.state());
            // Territories and other ISO entries nothing speaks of would only add rows of "unknown".
            if (cell.status() == RatificationStatus.unknown && state.unStatus == null) {
                continue;
            }
            counts.merge(cell.status(), 1, Integer::sum);
            if (cell.status() == RatificationStatus.party && cell.boundOn() != null) {
                boundByYear.merge(Integer.parseInt(cell.boundOn().substring(0, 4)), 1, Integer::sum);
            }
            rows.add(new TreatyPage.StateRow(cell.state(), StatePageService.name(state, language),
                    context.link("/states/" + cell.state()) + "#treaty-" + treaty.code, cell.status().name(),
                    text.status(cell.status().name()), PageDates.show(cell.signedOn(), language), PageDates.show(cell.boundOn(), language),
                    text.basis(cell.basis().name(), PageDates.show(cell.basisAsOf(), language))));
        }
        String sortedBy = sort != null && SORTS.contains(sort) ? sort : "name";
        rows.sort(order(sortedBy, cells));

        List<TreatyPage.YearCount> byYear = new ArrayList<>();
        int running = 0;
        for (Map.Entry<Integer, Integer> year : boundByYear.entrySet()) {
            running += year.getValue();
            byYear.add(new TreatyPage.YearCount(year.getKey(), running));
        }
        int lastYear = byYear.isEmpty() ? 0 : Math.max(byYear.get(byYear.size() - 1).year(), java.time.Year.now().getValue());
        String chart = byYear.isEmpty() ? null : SvgCharts.steps(byYear.stream().map(y -> new SvgCharts.Step(y.year(), y.count())).toList(),
                text.partiesChartTitle(CatalogSearch.name(treaty, context)), lastYear);

        List<TreatyPage.DateRow> dates = new ArrayList<>();
        addDate(dates, text.adopted(), view.adoptedOn(), "adopted_on", view.provenance(), context);
        addDate(dates, text.openedForSignature(), view.openedForSignatureOn(), "opened_for_signature_on", view.provenance(), context);
        addDate(dates, text.entryIntoForce(), view.entryIntoForceOn(), "entry_into_force_on", view.provenance(), context);

        String base = "/treaties/" + treaty.code;
        List<TreatyPage.SortLink> sortLinks = SORTS.stream().map(key -> new TreatyPage.SortLink(key, text.sortColumn(key),
                context.link(base + "?sort=" + key) + "#states", key.equals(sortedBy) ? "ascending" : "none")).toList();
        String other = language.isFrench() ? treaty.nameEn : treaty.nameFr;
        return Optional.of(new TreatyPage(
                treaty.code,
                CatalogSearch.name(treaty, context),
                other,
                text.treatyKind(treaty.kind.name()),
                treaty.parent == null ? null : new NameHit(treaty.parent.code, CatalogSearch.name(treaty.parent, context),
                        context.link("/treaties/" + treaty.parent.code), null),
                dates,
                treaty.monitoringBody,
                EvidenceLink.of(view.provenance().stream().filter(p -> "entry".equals(p.supports())).toList(), context),
                chart,
                byYear,
                counts.getOrDefault(RatificationStatus.party, 0),
                counts.entrySet().stream().map(e -> new TreatyPage.StatusCount(e.getKey().name(), text.status(e.getKey().name()),
                        e.getValue())).toList(),
                sortedBy,
                sortLinks,
                rows,
                figures.list(treaty.code).stream().map(f -> StatePageService.figure(f, context)).toList(),
                "/api/v1/ratifications/matrix?treaties=" + treaty.code,
                "/api/v1/ratifications/matrix?treaties=" + treaty.code + "&format=csv"));
    }

    private static void addDate(List<TreatyPage.DateRow> dates, String label, String iso, String field, List<ProvenanceView> provenance,
                                PageContext context) {
        if (iso != null) {
            dates.add(new TreatyPage.DateRow(label, PageDates.show(iso, context.language()),
                    EvidenceLink.of(provenance.stream().filter(p -> field.equals(p.supports())).toList(), context)));
        }
    }

    /** Rows in the order asked; dates oldest first with the undated last; ties by name. */
    private static Comparator<TreatyPage.StateRow> order(String sort, MatrixView cells) {
        Map<String, MatrixView.Cell> byState = cells.items().stream().collect(Collectors.toMap(MatrixView.Cell::state, Function.identity()));
        Comparator<TreatyPage.StateRow> byName = Comparator.comparing(TreatyPage.StateRow::name, String.CASE_INSENSITIVE_ORDER);
        return switch (sort) {
            case "status" -> Comparator.comparing((TreatyPage.StateRow row) -> RatificationStatus.valueOf(row.status())).thenComparing(byName);
            case "signed" -> Comparator.comparing((TreatyPage.StateRow row) -> byState.get(row.code()).signedOn(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            case "bound" -> Comparator.comparing((TreatyPage.StateRow row) -> byState.get(row.code()).boundOn(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            default -> byName;
        };
    }
}
