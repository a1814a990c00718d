package org.treatytracker.provenance;

/**
 * One piece of evidence for a fact, as the API shows it. For a passage, the source text from
 * {@code start} to {@code end} (code points) is exactly {@code quote}; for a reference,
 * {@code locator} says where in the public document the fact stands; for a row of an imported
 * file ({@code dataset_row}), {@code locator} names the row (and column) of the file.
 * {@code citationId} addresses the citation itself ({@code /api/v1/citations/{id}}). The source's
 * title, publisher and retrieval date come along, so that evidence reads without a second request.
 */
public record ProvenanceView(
        String kind,
        long citationId,
        long factId,
        String supports,
        String sourceId,
        String href,
        String url,
        String quote,
        Integer start,
        Integer end,
        String locator,
        String derivation,
        String title,
        String publisher,
        String retrievedOn) {

    public static ProvenanceView of(Citation citation, String supports) {
        CitedPlace place = citation.place;
        Source source = place.source;
        return new ProvenanceView(
                place.quote != null ? "passage" : source.kind == Source.Kind.dataset ? "dataset_row" : "reference",
                citation.id,
                citation.fact.id,
                supports,
                source.id,
                "/api/v1/sources/" + source.id,
                source.url,
                place.quote,
                place.start,
                place.end,
                place.locator,
                place.derivation,
                source.title,
                source.publisher,
                source.retrievedOn == null ? null : source.retrievedOn.toString());
    }
}
