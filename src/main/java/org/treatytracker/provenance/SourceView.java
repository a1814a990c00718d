package org.treatytracker.provenance;

import java.time.OffsetDateTime;

/**
 * A source's metadata. {@code published_on_basis} says whether the publication date is stated by
 * the source or inferred by us (with {@code published_on_note} saying how). A dataset says what it
 * covers as of when ({@code as_of}), whether it is a complete record, and when it was retrieved.
 */
public record SourceView(
        String id,
        Source.Kind kind,
        String title,
        String publisher,
        String url,
        String language,
        String publishedOn,
        String publishedOnPrecision,
        String publishedOnBasis,
        String publishedOnNote,
        String sha256,
        Integer charLength,
        String dataset,
        String fileName,
        Integer rowCount,
        OffsetDateTime importedAt,
        String href,
        String textHref,
        String claimsHref,
        String asOf,
        boolean complete,
        String retrievedOn) {

    public static SourceView of(Source source) {
        String href = "/api/v1/sources/" + source.id;
        return new SourceView(
                source.id,
                source.kind,
                source.title,
                source.publisher,
                source.url,
                source.language,
                DatedValue.isoOf(source.published),
                source.published == null ? null : source.published.precision().name(),
                source.published == null ? null : source.published.basis().name(),
                source.publishedNote,
                source.sha256,
                source.charLength,
                source.dataset,
                source.fileName,
                source.rowCount,
                source.importedAt,
                href,
                source.kind == Source.Kind.article ? href + "/text" : null,
                href + "/claims",
                source.asOf == null ? null : source.asOf.toString(),
                source.complete,
                source.retrievedOn == null ? null : source.retrievedOn.toString());
    }
}
