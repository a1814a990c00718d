package org.treatytracker.upr;

import java.util.List;
import org.treatytracker.web.CsvColumn;
import org.treatytracker.web.ExportColumns;

/**
 * One UPR recommendation as made, with its response and where it comes from ({@code source}): a
 * passage of a stored article for those editors add, a place in an imported file for the others.
 * {@code owner} says who maintains it and {@code version} is its ETag. {@code actionCategories}: UPR
 * Info's action categories (1 to 5) where the data gives them, several only when the rows merged
 * into it were rated differently.
 */
public record RecommendationView(
        @CsvColumn("The recommendation's id (`/api/v1/recommendations/{id}`).") long id,
        @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state under review.", coded = CsvColumn.Coded.state) String state,
        @CsvColumn("The UPR cycle.") int cycle,
        @CsvColumn(value = "The UPR Working Group session.", empty = "not given") Integer session,
        @CsvColumn("The review fact the recommendation belongs to.") long reviewFactId,
        @CsvColumn(value = "The UN's number for it in the review's report (`38.10`: text, not a number).", empty = "not given",
                quoted = true) String unNumber,
        @CsvColumn("The recommendation as made.") String text,
        @CsvColumn("ISO 639-1 code of the text's language.") String language,
        @CsvColumn(value = "The state's response, as UN documents word it.", empty = "no response on record",
                vocabulary = UprResponse.class) String response,
        @CsvColumn(value = "The response as the source words it.", empty = "the source gives none") String responseRaw,
        @CsvColumn(value = "Codes of the recommending states (or organisations), in code order.", empty = "none on record",
                coded = CsvColumn.Coded.state) List<String> recommendingStates,
        @CsvColumn(value = "The themes it is filed under (labels, not codes), in order.", empty = "none on record") List<String> themes,
        @CsvColumn(value = "UPR Info's action categories (1 to 5) as its export rates it; several only where merged rows were rated differently.",
                empty = "none on record (editors' recommendations, other exports)") List<Integer> actionCategories,
        @CsvColumn(value = "Who maintains it: an imported `dataset` or `editor`s.", values = {DATASET, EDITOR}) String owner,
        @CsvColumn("Its version, the ETag of `/api/v1/recommendations/{id}`.") int version,
        SourceRef source) {

    /** Who maintains a recommendation: an imported dataset (replaced by its next import) or editors. */
    public static final String DATASET = "dataset";
    public static final String EDITOR = "editor";

    /**
     * The source and where in it: a verbatim {@code quote} at code-point offsets [start, end) of the
     * stored text, or a {@code locator} (e.g. a file's row); {@code derivation} says how the
     * recommendation follows from it when it is not read literally.
     */
    public record SourceRef(
            @CsvColumn("The source it comes from.") String sourceId,
            @CsvColumn(value = "Where in the source (a file's row).", empty = "the source is an article: see `source.quote`") String locator,
            @CsvColumn(value = "The passage of the article, verbatim.", empty = "the source is a file: see `source.locator`") String quote,
            @CsvColumn(value = "Code-point offset where the quote starts in the stored text.", empty = "no quote") Integer start,
            @CsvColumn(value = "Code-point offset where the quote ends (exclusive).", empty = "no quote") Integer end,
            @CsvColumn(value = "How the recommendation follows from the source when not read literally.", empty = "read literally")
            String derivation,
            @CsvColumn("API path of the source.") String href) {
    }

    /**
     * The CSV columns in their order: as the JSON fields flatten, in the order of the first release, with
     * the catalog's names beside the codes; columns added since then come last, so that a reader going by
     * position still finds the others.
     */
    public static final ExportColumns CSV = ExportColumns.of(RecommendationView.class).ordered(List.of("id", "state", "state_name",
            "cycle", "session", "un_number", "text", "language", "response", "response_raw", "recommending_states",
            "recommending_state_names", "themes", "source.source_id", "source.locator", "source.href", "review_fact_id", "owner",
            "version", "source.quote", "source.start", "source.end", "source.derivation", "action_categories"));
}
