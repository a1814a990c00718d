package org.treatytracker.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.ApiException;

@ApplicationScoped
public class CitationReader {

    /** A citation and the version of its fact, which is its ETag. */
    public record Read(ProvenanceView citation, int factVersion) {
    }

    @Transactional
    public Read read(long id) {
        Citation citation = Citation.<Citation>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No citation " + id + "."));
        return new Read(ProvenanceView.of(citation, null), citation.fact.version);
    }
}
