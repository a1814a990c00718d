package org.treatytracker.importer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * An empty cell records nothing: it is not read as "no action".
 */
final class OhchrStatusTable {

    static final String FORMAT = "ohchr-status";
    private static final Pattern TITLE = Pattern.compile("(.+?)\\s*\\[\\s*Last Updated:\\s*([^\\]]+)]\\s*");
    private static final String COUNTRY = "Country";
    private static final String SIGNATURE = "Date of Signature (dd/mm/yyyy)";
    private static final String BOUND = "Date of Ratification/Accession";

    private OhchrStatusTable() {
    }

    static ParsedActions read(RowReader reader, String file, NameIndex names, String datasetOption) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<ActionRecord> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<SourceRow> titleRow = reader.next();
        Matcher title = TITLE.matcher(titleRow.map(r -> r.cell(0)).orElse(""));
        if (!title.matches()) {
            problems.add(new RowProblem(file, titleRow.map(SourceRow::line).orElse(0L),
                    "the first row is not an OHCHR title \"<treaty name> [Last Updated: ...]\""));
            return new ParsedActions(null, null, 0, actions, notes, problems);
        }
        String treatyName = title.group(1);
        String treaty = names.treaty(treatyName).orElse(null);
        if (treaty == null) {
            problems.add(new RowProblem(file, titleRow.get().line(), "treaty '" + treatyName + "' is not a known treaty name"));
        }
        Optional<SourceRow> headerRow = reader.next();
        Header header = new Header(headerRow.map(SourceRow::cells).orElse(List.of()));
        Map<String, Integer> columns = header.resolve(Map.of("country", COUNTRY, "signature", SIGNATURE, "bound", BOUND), file, problems);
        headerRow.ifPresent(row -> row.cells().stream()
                .filter(name -> !name.isEmpty() && !List.of(COUNTRY, SIGNATURE, BOUND).contains(name))
                .forEach(name -> notes.add("column '" + name + "' is not imported")));
        if (!problems.isEmpty()) {
            return new ParsedActions(null, null, 0, actions, notes, problems);
        }
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
            action(row, columns.get("signature"), SIGNATURE, TreatyAction.Type.signature, party.get(), treaty, dataset, dates, file, actions, problems);
            action(row, columns.get("bound"), BOUND, TreatyAction.Type.consent_to_be_bound, party.get(), treaty, dataset, dates, file, actions, problems);
        }
        var description = new DatasetSources.Description(
                "OHCHR Status of Ratification: " + treatyName, "OHCHR", "https://indicators.ohchr.org/", "en",
                "Last Updated: " + title.group(2).strip() + " (as the export's title row states)");
        return new ParsedActions(dataset, description, rows, actions, notes, problems);
    }

    private static void action(SourceRow row, int column, String columnName, TreatyAction.Type type, String party,
                               String treaty, String dataset, DateCell dates, String file,
                               List<ActionRecord> actions, List<RowProblem> problems) {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            return;
        }
        try {
            LocalDate date = dates.parse(cell);
            actions.add(new ActionRecord(String.join("|", dataset, party, treaty, type.name()), party, treaty, type, date,
                    "row " + row.line() + ", column \"" + columnName + "\""));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(file, row.line(), columnName + ": " + e.getMessage()));
        }
    }
}
