package org.treatytracker.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatytracker.provenance.Source;
import org.treatytracker.provenance.SourceService;
import org.treatytracker.provenance.SourceView;

/** The home page's data, read in one transaction. */
@ApplicationScoped
public class HomeService {

    private final EntityManager entities;
    private final SourceService sources;

    public HomeService(EntityManager entities, SourceService sources) {
        this.entities = entities;
        this.sources = sources;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public HomePage home(String query, PageContext context) {
        String typed = query == null || query.isBlank() ? null : query.strip();
        boolean searchable = typed != null && CatalogSearch.searchable(typed);
        return new HomePage(
                typed,
                typed != null && !searchable,
                searchable ? CatalogSearch.states(typed, context) : List.of(),
                searchable ? CatalogSearch.treaties(typed, context) : List.of(),
                Holdings.count(entities),
                datasets(context.language()),
                CatalogSearch.allTreaties(context));
    }

    /** The dataset files on record, one line per publication (files of one title), in the order the sources are listed. */
    private List<HomePage.DatasetLine> datasets(PageLanguage language) {
        Map<String, List<SourceView>> byDataset = new LinkedHashMap<>();
        for (SourceView source : sources.list()) {
            if (source.kind() == Source.Kind.dataset) {
                // The files of one publication share its title (the 18 status tables of the UN Treaty Collection).
                byDataset.computeIfAbsent(Objects.requireNonNullElse(source.title(), source.id()), key -> new ArrayList<>()).add(source);
            }
        }
        List<HomePage.DatasetLine> lines = new ArrayList<>();
        byDataset.forEach((dataset, files) -> {
            List<String> dates = files.stream().map(SourceView::asOf).filter(Objects::nonNull).sorted().distinct()
                    .map(date -> PageDates.show(date, language)).toList();
            String asOf = dates.isEmpty() ? null
                    : dates.size() == 1 ? dates.get(0) : dates.get(0) + " – " + dates.get(dates.size() - 1);
            lines.add(new HomePage.DatasetLine(dataset, files.size(), asOf, files.stream().allMatch(SourceView::complete)));
        });
        return lines;
    }
}
