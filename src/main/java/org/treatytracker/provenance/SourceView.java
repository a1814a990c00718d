package org.treatytracker.provenance;

import java.time.OffsetDateTime;
import org.treatytracker.web.CsvColumn;

/**
 * A source's metadata. {@code published_on_basis} says whether the publication date is stated by
 * the source or inferred by us (with {@code published_on_note} saying how). A dataset says what it
 * covers as of when ({@code as_of}), whether it is a complete record, and when it was retrieved.
 */
public record SourceView(
        @CsvColumn("The source's id.") String id,
        @CsvColumn("An `article` (its text stored), a `reference` (a public document) or a `dataset` file.") Source.Kind kind,
        @CsvColumn("Its title.") String title,
        @CsvColumn(value = "Who publishes it.", empty = "not on record") String publisher,
        @CsvColumn(value = "Where it is published.", empty = "not on record") String url,
        @CsvColumn(value = "ISO 639-1 code of its language.", empty = "not on record") String language,
        @CsvColumn(value = "When it was published.", empty = "not on record", date = true) String publishedOn,
        @CsvColumn(value = "How precise `published_on` is.", empty = "`published_on` is empty",
                vocabulary = PartialDate.Precision.class) String publishedOnPrecision,
        @CsvColumn(value = "`stated` by the source, or `inferred` (see `published_on_note`).", empty = "`published_on` is empty",
                vocabulary = PartialDate.Basis.class) String publishedOnBasis,
        @CsvColumn(value = "How the publication date was found.", empty = "no note") String publishedOnNote,
        @CsvColumn(value = "SHA-256 of the stored text or file, hex.", empty = "nothing stored (a reference)") String sha256,
        @CsvColumn(value = "Length of the stored text, in code points.", empty = "no stored text") Integer charLength,
        @CsvColumn(value = "The dataset a file belongs to.", empty = "not a dataset file") String dataset,
        @CsvColumn(value = "The file's name.", empty = "not a dataset file") String fileName,
        @CsvColumn(value = "Rows the file has.", empty = "not a dataset file") Integer rowCount,
        @CsvColumn(value = "When the file was imported.", empty = "not a dataset file") OffsetDateTime importedAt,
        @CsvColumn("API path of the source.") String href,
        @CsvColumn(value = "API path of its stored text.", empty = "not an article") String textHref,
        @CsvColumn("API path of the facts that cite it.") String claimsHref,
        @CsvColumn(value = "The date a dataset speaks as of.", empty = "not a dataset, or it gives none", date = true) String asOf,
        @CsvColumn("Datasets: a complete record, which lists every state it covers.") boolean complete,
        @CsvColumn(value = "When it was retrieved.", empty = "not on record", date = true) String retrievedOn) {

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
