package org.treatytracker.importer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameIndex;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.TreatyAction;

/**
 * The per-treaty export of OHCHR's Status of Ratification dashboard (indicators.ohchr.org), as
 * .xls/.xlsx or saved as CSV: a title row "<treaty name> [Last Updated: ...]", a header row, one
 * row per country, and a footer of "Definitions and metadata" / "Source" lines.
 *
 * <p>The signature column gives {@code signature} actions. The "Date of Ratification/Accession"
 * column gives {@code consent_to_be_bound}: the row does not say whether the state ratified,
 * acceded or succeeded, and the tracker does not guess. The communications and inquiry procedure
 * columns are not imported (they are declarations or other instruments) and the result says so.
 * The export lists every state it covers and leaves a cell empty where the state took no such
 * action, as of the "Last Updated" date of its title row: it is a complete record as of that date,
 * and every listed row is the evidence of what its state did not do.
 */
final class OhchrStatusTable {

    static final String FORMAT = "ohchr-status";
    private static final Pattern TITLE = Pattern.compile("(.+?)\\s*\\[\\s*Last Updated:\\s*([^\\]]+)]\\s*");
    private static final String COUNTRY = "Country";
    private static final String SIGNATURE = "Date of Signature (dd/mm/yyyy)";
    private static final String BOUND = "Date of Ratification/Accession";

    private OhchrStatusTable() {
    }

    static ParsedActions read(RowReader reader, String file, NameIndex names, ImportRequest request, DateBounds bounds)
            throws IOException {
        String datasetOption = request.dataset();
        List<RowProblem> problems = new ArrayList<>();
        List<ActionRecord> actions = new ArrayList<>();
        List<CoverageRecord> coverage = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<SourceRow> titleRow = reader.next();
        Matcher title = TITLE.matcher(titleRow.map(r -> r.cell(0)).orElse(""));
        if (!title.matches()) {
            problems.add(new RowProblem(file, titleRow.map(SourceRow::line).orElse(0L),
                    "the first row is not an OHCHR title \"<treaty name> [Last Updated: ...]\""));
            return ParsedActions.failed(null, 0, notes, problems);
        }
        LocalDate updated = request.record().asOf() != null ? request.record().asOf() : lastUpdated(title.group(2));
        if (updated == null) {
            problems.add(new RowProblem(file, titleRow.get().line(), "the title's \"Last Updated: " + title.group(2)
                    + "\" is not a dd/mm/yyyy date; give the export's date with --as-of"));
        }
        String treatyName = title.group(1);
        String treaty = names.treaty(treatyName).orElse(null);
        if (treaty == null) {
            problems.add(new RowProblem(file, titleRow.get().line(), "treaty '" + treatyName + "' is not a known treaty name"));
        }
        String expected = request.record().treaty() == null ? null : names.treaty(request.record().treaty()).orElse(null);
        if (treaty != null && request.record().treaty() != null && !treaty.equals(expected)) {
            problems.add(new RowProblem(file, titleRow.get().line(), "the title names " + treaty + ", not "
                    + request.record().treaty() + " as the import says"));
        }
        Optional<SourceRow> headerRow = reader.next();
        Header header = new Header(headerRow.map(SourceRow::cells).orElse(List.of()));
        Map<String, Integer> columns = header.resolve(Map.of("country", COUNTRY, "signature", SIGNATURE, "bound", BOUND), file, problems);
        headerRow.ifPresent(row -> row.cells().stream()
                .filter(name -> !name.isEmpty() && !List.of(COUNTRY, SIGNATURE, BOUND).contains(name))
                .forEach(name -> notes.add("column '" + name + "' is not imported")));
        if (!problems.isEmpty()) {
            return ParsedActions.failed(null, 0, notes, problems);
        }
        DateBounds dated = bounds.asOf(updated);
        String dataset = datasetOption != null ? datasetOption : FORMAT + "-" + treaty;
        DateCell dates = new DateCell(null);
        Map<String, Long> seen = new HashMap<>();
        long rows = 0;
        for (Optional<SourceRow> next = reader.next(); next.isPresent(); next = reader.next()) {
            SourceRow row = next.get();
            String country = row.cell(columns.get("country"));
            if (country.startsWith("Definitions and metadata") || country.startsWith("Source:")) {
                continue;
            }
            rows++;
            Optional<String> party = names.party(country);
            if (party.isEmpty()) {
                problems.add(new RowProblem(file, row.line(), "country '" + country + "' is not a known state or organisation name"));
                continue;
            }
            Long earlier = seen.putIfAbsent(party.get(), row.line());
            if (earlier != null) {
                problems.add(new RowProblem(file, row.line(), "'" + country + "' is " + party.get() + ", already on line " + earlier));
                continue;
            }
            coverage.add(new CoverageRecord(party.get(), treaty, "row " + row.line()));
            action(row, columns.get("signature"), SIGNATURE, TreatyAction.Type.signature, party.get(), treaty, dataset, dates, dated, file, actions, problems);
            action(row, columns.get("bound"), BOUND, TreatyAction.Type.consent_to_be_bound, party.get(), treaty, dataset, dates, dated, file, actions, problems);
        }
        var description = new DatasetSources.Description(
                "OHCHR Status of Ratification: " + treatyName, "OHCHR", "https://indicators.ohchr.org/", "en",
                "Last Updated: " + title.group(2).strip() + " (as the export's title row states)");
        return new ParsedActions(dataset, description, rows, actions, coverage, updated, true, notes, problems);
    }

    /** "10/10/2025 11:26:54" as the day it names (OHCHR writes dates day first, as its column header says). */
    private static LocalDate lastUpdated(String stamp) {
        String day = stamp.strip().split("\\s+")[0];
        try {
            return LocalDate.parse(day, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void action(SourceRow row, int column, String columnName, TreatyAction.Type type, String party,
                               String treaty, String dataset, DateCell dates, DateBounds bounds, String file,
                               List<ActionRecord> actions, List<RowProblem> problems) {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            return;
        }
        try {
            PartialDate date = dates.parse(cell);
            Optional<String> impossible = bounds.problem(treaty, date);
            if (impossible.isPresent()) {
                problems.add(new RowProblem(file, row.line(), columnName + ": " + impossible.get()));
                return;
            }
            actions.add(new ActionRecord(String.join("|", dataset, party, treaty, type.name()), party, treaty, type, date,
                    "row " + row.line() + ", column \"" + columnName + "\""));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(file, row.line(), columnName + ": " + e.getMessage()));
        }
    }
}
