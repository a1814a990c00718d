package org.treatytracker.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.SourceId;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    public List<SourceView> list() {
        return Source.listOrdered().stream().map(SourceView::of).toList();
    }

    public SourceView get(SourceId id) {
        return SourceView.of(require(id));
    }

    public String text(SourceId id) {
        Source source = require(id);
        if (source.body == null) {
            throw ApiException.notFound(source.kind == Source.Kind.dataset
                    ? "Source '" + source.id + "' is an imported file (" + source.fileName + "); its facts cite rows, no text is stored."
                    : "Source '" + source.id + "' is a public reference cited by URL; no text is stored.");
        }
        return source.body;
    }

    /** Every fact citing the source, with the citations it has there, in fact order. */
    public List<ClaimView> claims(SourceId id) {
        Source source = require(id);
        List<Citation> citations = Citation.list(
                "select c from Citation c join fetch c.fact where c.place.source.id = ?1 order by c.fact.id, c.id", source.id);
        Map<Fact, List<Citation>> byFact = citations.stream()
                .collect(Collectors.groupingBy(c -> c.fact, LinkedHashMap::new, Collectors.toList()));
        return byFact.entrySet().stream()
                .map(e -> new ClaimView(e.getKey().id, e.getKey().kind(), e.getKey().statement(), e.getKey().href(),
                        e.getValue().stream().map(c -> ProvenanceView.of(c, null)).toList()))
                .toList();
    }

    private Source require(SourceId id) {
        return Source.<Source>findByIdOptional(id.id())
                .orElseThrow(() -> ApiException.notFound("No source with id '" + id.id() + "'."));
    }
}
