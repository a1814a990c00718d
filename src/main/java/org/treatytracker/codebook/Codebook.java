package org.treatytracker.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.treatytracker.audit.AuditView;
import org.treatytracker.catalog.StateView;
import org.treatytracker.catalog.TreatyView;
import org.treatytracker.council.HrcMembershipView;
import org.treatytracker.editorial.FactVersionView;
import org.treatytracker.figure.FigureView;
import org.treatytracker.importer.ImportChangeView;
import org.treatytracker.importer.ImportView;
import org.treatytracker.provenance.ClaimView;
import org.treatytracker.provenance.SourceView;
import org.treatytracker.ratification.CoverageView;
import org.treatytracker.ratification.MatrixView;
import org.treatytracker.ratification.RatificationSummaryView;
import org.treatytracker.ratification.RatificationView;
import org.treatytracker.ratification.TreatyActionView;
import org.treatytracker.upr.RecommendationVersionView;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.upr.UprCycleView;
import org.treatytracker.upr.UprReviewView;
import org.treatytracker.upr.UprStatsView;
import org.treatytracker.web.ColumnType;
import org.treatytracker.web.ExportColumn;

/**
 * The codebook of the CSV exports, docs/codebook.md: every export's columns, in order, with their types,
 * vocabularies, what an empty cell means and what they hold, written from the same column definitions
 * the exports are written with ({@link org.treatytracker.web.ExportColumns}). The {@code codebook}
 * command writes it, {@code GET /api/v1/codebook} serves it, and a test holds the file in the repository
 * equal to it.
 */
public final class Codebook {

    /** Where the codebook is kept in the repository, and on the classpath. */
    public static final String FILE = "docs/codebook.md";

    /** Every export the contract offers as CSV, in the contract's order. */
    public static final List<Export> EXPORTS = List.of(
            new Export("/api/v1/treaties", "a treaty of the catalog", TreatyView.class),
            new Export("/api/v1/states", "a state", StateView.class),
            new Export("/api/v1/states/{iso3}/ratifications", "the state's status towards one treaty (its actions: "
                    + "`/api/v1/treaty-actions?state={iso3}`)", RatificationView.class),
            new Export("/api/v1/treaty-actions", "one treaty action (signature, ratification, accession...)", TreatyActionView.class),
            new Export("/api/v1/coverage", "a (state, treaty) pair and one dataset record covering it; a pair nothing covers "
                    + "has one row with the record's columns empty", CoverageView.Item.class),
            new Export("/api/v1/ratifications/matrix", "a (state, treaty) pair", MatrixView.Cell.class),
            new Export("/api/v1/ratifications/summary", "a treaty, or a treaty and a group of states as `group_by` asks: the "
                    + "matrix's cells counted by status", RatificationSummaryView.ROW_COLUMNS, RatificationSummaryView.GROUP_COLUMNS),
            new Export("/api/v1/states/{iso3}/upr-reviews", "the state's review in one UPR cycle", UprReviewView.class),
            new Export("/api/v1/states/{iso3}/hrc-memberships", "a term of the state on the Human Rights Council", HrcMembershipView.class),
            new Export("/api/v1/upr/cycles", "a UPR cycle", UprCycleView.class),
            new Export("/api/v1/upr/stats", "a group of reviews or recommendations, as `group_by` asks (one row for all without it)",
                    UprStatsView.ROW_COLUMNS, UprStatsView.GROUP_COLUMNS),
            new Export("/api/v1/recommendations", "a UPR recommendation", RecommendationView.CSV, Map.of()),
            new Export("/api/v1/recommendations/{id}/history", "a write to the recommendation", RecommendationVersionView.class),
            new Export("/api/v1/figures", "a figure an article reports", FigureView.class),
            new Export("/api/v1/sources", "a source", SourceView.class),
            new Export("/api/v1/sources/{id}/claims", "a fact that cites the source", ClaimView.class),
            new Export("/api/v1/imports", "an import of a file (or an undo)", ImportView.class),
            new Export("/api/v1/imports/{id}/changes", "an item the import added, changed or removed", ImportChangeView.class),
            new Export("/api/v1/facts/{id}/history", "a write to the fact or its citations", FactVersionView.class),
            new Export("/api/v1/audit", "an editor's write (editors only)", AuditView.class));

    private Codebook() {
    }

    public static Optional<Export> export(String path) {
        return EXPORTS.stream().filter(export -> export.path().equals(path)).findFirst();
    }

    /** The codebook as Markdown. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Codebook of the CSV exports

                <!-- Written by the code (org.treatytracker.codebook.Codebook): do not edit. Regenerate with
                     `java -jar target/quarkus-app/quarkus-run.jar codebook --output docs/codebook.md`. -->

                Every list of the API is also a CSV file: add `format=csv` (or send `Accept: text/csv`) to its URL.
                This codebook lists each export's columns, in order, as the code writes them; the same text is
                served at `GET /api/v1/codebook`.

                ## Reading the files

                - UTF-8, RFC 4180: a header row, then one row per item, CRLF after each row; a cell holding a comma,
                  a double quote or a line break is quoted, its double quotes doubled. The CSV holds the whole
                  selection: `page` and `per_page` do not apply.
                - `bom=true` puts a UTF-8 byte order mark first, for Excel on Windows (which otherwise reads
                  "Côte d’Ivoire" as mojibake); without it (the default) there is none.
                - An empty cell is no value; what it means is said for each column ("never" when the column is
                  never empty).
                - A cell of a column marked *quoted* is always in double quotes when not empty: a code that
                  looks like a number (`un_number` `"38.10"`). Quoting alone does not stop pandas or R from
                  guessing a type: read such columns, and every `string`, `date`, `list` and `json` column, as
                  text (below).
                - A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single
                  quote, so that spreadsheets do not run it as a formula; numbers and booleans never are.
                - Dates are ISO 8601 at the precision the source gives (`2015`, `2015-02`, `2015-02-26`); beside
                  each date column, `<date>_precision` says `day`, `month` or `year` (empty when the date is
                  empty). Do not let a reader parse them as days: "2015" is the year, not 1 January 2015.
                - Codes come with the catalog's English names beside them (`state_name`, `treaty_name`; for a
                  list of codes, a list of names in the same order).
                - Responses to UPR recommendations use the UN's words, `supported` and `noted`, in every export.

                ### Types

                | type | cells |
                |---|---|
                """);
        for (ColumnType type : ColumnType.values()) {
            md.append("| `").append(type.word()).append("` | ").append(typeText(type)).append(" |\n");
        }
        Export recommendations = export("/api/v1/recommendations").orElseThrow();
        md.append("""

                ### pandas and R

                Read the text columns as text, and only empty cells as missing: otherwise pandas and R take
                `38.10` for 38.1, and pandas takes Namibia's `NA` for a missing value. Each export below lists
                its text columns (every `string`, `date`, `datetime`, `list` and `json` column); for the
                recommendations:

                ```python
                import pandas as pd
                recs = pd.read_csv("https://HOST/api/v1/recommendations?format=csv",
                                   dtype=%s,
                                   keep_default_na=False, na_values=[""])
                ```

                ```r
                recs <- read.csv("https://HOST/api/v1/recommendations?format=csv", encoding = "UTF-8",
                                 na.strings = "", check.names = FALSE,
                                 colClasses = c(%s))
                ```

                The other columns (`integer`, `decimal`, `boolean`) are then read as numbers and truth values. To
                turn a date into a day, read its precision column too.

                ## Exports
                """.formatted(textColumns(recommendations, c -> "\"" + c + "\": str", "{", "}"),
                textColumns(recommendations, c -> "\"" + c + "\" = \"character\"", "", "")));
        for (Export export : EXPORTS) {
            export(export, md);
        }
        return md.toString();
    }

    private static void export(Export export, StringBuilder md) {
        md.append("\n### `GET ").append(export.path()).append("?format=csv`\n\n");
        md.append("Each row: ").append(export.row()).append(".\n\n");
        if (!export.leading().isEmpty()) {
            md.append("First, for each key `group_by` names, in its order, the key's columns:\n\n");
            header(md);
            export.leading().forEach((key, columns) -> columns.forEach(column -> row(column, "`" + key + "`", md)));
            md.append("\nThen:\n\n");
        }
        header(md);
        export.columns().columns().forEach(column -> row(column, null, md));
        md.append("\nText columns (pandas `dtype`): `").append(textColumns(export, c -> "\"" + c + "\": str", "{", "}"))
                .append("`\n");
    }

    private static String textColumns(Export export, UnaryOperator<String> entry, String open, String close) {
        List<ExportColumn> all = new ArrayList<>();
        export.leading().values().forEach(all::addAll);
        all.addAll(export.columns().columns());
        return all.stream().filter(Codebook::isText).map(c -> entry.apply(c.name())).collect(Collectors.joining(", ", open, close));
    }

    private static void header(StringBuilder md) {
        md.append("| column | type | empty means | values | description |\n|---|---|---|---|---|\n");
    }

    private static void row(ExportColumn column, String groupKey, StringBuilder md) {
        String type = "`" + column.type().word() + "`" + (column.quoted() ? ", quoted" : "");
        String values = column.vocabulary().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        String description = (groupKey == null ? "" : "When `group_by` names " + groupKey + ". ") + column.description();
        md.append("| `").append(column.name()).append("` | ").append(type).append(" | ")
                .append(column.mayBeEmpty() ? cell(column.empty()) : "never").append(" | ")
                .append(values).append(" | ").append(cell(description)).append(" |\n");
    }

    /** Whether a reader should take the column as text. */
    static boolean isText(ExportColumn column) {
        return switch (column.type()) {
            case string, date, list, json, datetime -> true;
            case integer, decimal, boolean_ -> false;
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String typeText(ColumnType type) {
        return switch (type) {
            case string -> "text; read it as text even when it looks like a number";
            case integer -> "a whole number, written plainly (`-1`, `20`)";
            case decimal -> "a decimal number, written plainly (`0.7805`, `20`), never with an exponent";
            case boolean_ -> "`true` or `false`";
            case date -> "ISO 8601 at its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `<column>_precision` beside it says which";
            case datetime -> "an instant, ISO 8601 with its offset (`2026-12-02T06:16:37.986009Z`)";
            case list -> "values joined with ` \\| `, in the order the JSON lists them; each value is text; always quoted";
            case json -> "compact JSON, as the JSON item holds it";
        };
    }
}
