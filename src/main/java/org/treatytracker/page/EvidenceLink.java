package org.treatytracker.page;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.treatytracker.provenance.ProvenanceView;

/**
 * One piece of evidence as a page links to it: a passage opens its article at the passage
 * ({@code /sources/{id}#c{citation}}), a dataset row its file's page, a reference the public document.
 *
 * Read by the {@code evidence} tag, which is not type-checked: hence {@code @TemplateData}.
 *
 * @param kind   passage, dataset_row or reference, in the page's words
 * @param quote   the passage's words, or where in the file or document (a row, a chapter)
 * @param passage whether {@code quote} is a passage's words
 */
@TemplateData
public record EvidenceLink(String kind, String title, String href, String quote, boolean external, boolean passage) {

    static List<EvidenceLink> of(List<ProvenanceView> provenance, PageContext context) {
        PageText text = context.language().text();
        return provenance.stream().map(p -> switch (p.kind()) {
            case "passage" -> new EvidenceLink(text.evidencePassage(), p.title(),
                    context.link("/sources/" + p.sourceId()) + "#c" + p.citationId(), p.quote(), false, true);
            case "dataset_row" -> new EvidenceLink(text.evidenceDatasetRow(), p.title(),
                    context.link("/sources/" + p.sourceId()), p.locator(), false, false);
            default -> new EvidenceLink(text.evidenceReference(), p.title(),
                    p.url() != null ? p.url() : context.link("/sources/" + p.sourceId()), p.locator(), p.url() != null, false);
        }).toList();
    }
}
