package org.treatytracker.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatytracker.catalog.NameIndex;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.TreatyAction;

/**
 * A status table: one row per state for a treaty, saying where the state stands (party, signatory,
 * no action) and, where the table has them, the date (or year) it became bound and the date it
 * signed, as the UN Treaty Collection's status pages and compilations of them give it. The treaty is
 * a column, or the same for the whole file ({@code --treaty}).
 *
 * <p>A party row gives a {@code consent_to_be_bound} action (the table does not say whether by
 * ratification, accession or succession) dated as the row dates it, undated otherwise; a signatory
 * row a {@code signature}; a signature date on a party row a signature too. Every row lists its
 * state: with {@code --complete}, a "no action" row is the evidence that the state took none as of
 * the file's date.
 */
final class StatusTable {

    static final String FORMAT = "ratification-status";
    static final Set<String> FIELDS = Set.of("party", "treaty", "status", "bound", "signature");
    static final Set<String> REQUIRED = Set.of("party", "status");

    private StatusTable() {
    }

    static ParsedActions read(RowReader reader, DatasetFile file, NameIndex names, ImportRequest request,
                              DateBounds bounds) throws IOException {
        Mapping mapping = request.mapping();
        ImportRequest.RecordOptions options = request.record();
        mapping.check(FIELDS, REQUIRED);
        StatusLabels labels = new StatusLabels(mapping.statuses());
        DateCell dates = new DateCell(mapping.dateFormat());
        String dataset = request.dataset() != null ? request.dataset() : DatasetSources.defaultKey(FORMAT, file);
        List<RowProblem> problems = new ArrayList<>();
        String fixedTreaty = null;
        if (options.treaty() != null) {
            fixedTreaty = names.treaty(options.treaty())
                    .orElseThrow(() -> new UsageException("--treaty '" + options.treaty() + "' is not a known treaty code or name"));
        } else if (!mapping.columns().containsKey("treaty")) {
            throw new UsageException(FORMAT + " needs the treaty: a 'treaty' column in the mapping, or --treaty CODE");
        }
        if (options.complete() && options.asOf() == null) {
            throw new UsageException("--complete needs --as-of DATE: a complete record is complete as of a date");
        }
        Optional<SourceRow> headerRow = reader.next();
        Map<String, Integer> columns = new Header(headerRow.map(SourceRow::cells).orElse(List.of()))
                .resolve(mapping.columns(), file.name(), problems);
        if (!problems.isEmpty()) {
            return ParsedActions.failed(dataset, 0, List.of(), problems);
        }
        List<ActionRecord> actions = new ArrayList<>();
        List<CoverageRecord> coverage = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long rows = 0;
        for (Optional<SourceRow> next = reader.next(); next.isPresent(); next = reader.next()) {
            SourceRow row = next.get();
            rows++;
            Row read = new Row(row, file.name(), problems);
            String partyCell = row.cell(columns.get("party"));
            Optional<String> party = names.party(partyCell);
            if (party.isEmpty()) {
                read.problem("party '" + partyCell + "' is not a known state or organisation name"
                        + " (add it with --aliases FILE)");
            }
            String treaty = fixedTreaty;
            if (treaty == null) {
                String treatyCell = row.cell(columns.get("treaty"));
                treaty = names.treaty(treatyCell).orElse(null);
                if (treaty == null) {
                    read.problem("treaty '" + treatyCell + "' is not a known treaty code or name");
                }
            }
            String statusCell = row.cell(columns.get("status"));
            Optional<StatusLabels.Listed> status = labels.of(statusCell);
            if (status.isEmpty()) {
                read.problem("status '" + statusCell + "' is not a known status label (add it under 'statuses' in the mapping)");
            }
            PartialDate bound = read.date(columns, "bound", dates, bounds, treaty);
            PartialDate signed = read.date(columns, "signature", dates, bounds, treaty);
            if (status.isPresent() && status.get() != StatusLabels.Listed.party && bound != null) {
                read.problem("status '" + statusCell + "' with a date of becoming bound (" + bound.iso() + ")");
            }
            if (status.isPresent() && status.get() == StatusLabels.Listed.no_action && signed != null) {
                read.problem("status '" + statusCell + "' with a signature date (" + signed.iso() + ")");
            }
            if (read.bad() || treaty == null || party.isEmpty() || status.isEmpty()) {
                continue;
            }
            Long earlier = seen.putIfAbsent(party.get() + "|" + treaty, row.line());
            if (earlier != null) {
                problems.add(new RowProblem(file.name(), row.line(), "'" + partyCell + "' is " + party.get()
                        + ", already listed for " + treaty + " on line " + earlier));
                continue;
            }
            String locator = "row " + row.line();
            coverage.add(new CoverageRecord(party.get(), treaty, locator));
            String key = String.join("|", dataset, party.get(), treaty);
            if (status.get() == StatusLabels.Listed.party) {
                actions.add(new ActionRecord(key + "|" + TreatyAction.Type.consent_to_be_bound, party.get(), treaty,
                        TreatyAction.Type.consent_to_be_bound, bound, locator));
            }
            if (signed != null || status.get() == StatusLabels.Listed.signatory) {
                actions.add(new ActionRecord(key + "|" + TreatyAction.Type.signature, party.get(), treaty,
                        TreatyAction.Type.signature, signed, locator));
            }
        }
        List<String> notes = new ArrayList<>();
        headerRow.ifPresent(header -> header.cells().stream()
                .filter(name -> !name.isEmpty() && !mapping.columns().containsValue(name))
                .forEach(name -> notes.add("column '" + name + "' is not imported")));
        return new ParsedActions(dataset, DatasetSources.Description.ofFile(file, "und"), rows, actions, coverage,
                options.asOf(), options.complete(), notes, problems);
    }

    /** One row being read: collects its problems, so that every problem of every row is reported. */
    private static final class Row {

        private final SourceRow row;
        private final String file;
        private final List<RowProblem> problems;
        private boolean bad;

        Row(SourceRow row, String file, List<RowProblem> problems) {
            this.row = row;
            this.file = file;
            this.problems = problems;
        }

        void problem(String message) {
            problems.add(new RowProblem(file, row.line(), message));
            bad = true;
        }

        boolean bad() {
            return bad;
        }

        PartialDate date(Map<String, Integer> columns, String field, DateCell dates, DateBounds bounds, String treaty) {
            if (!columns.containsKey(field)) {
                return null;
            }
            String cell = row.cell(columns.get(field));
            if (cell.isEmpty()) {
                return null;
            }
            try {
                PartialDate date = dates.parse(cell);
                if (treaty != null) {
                    bounds.problem(treaty, date).ifPresent(why -> problem(field + ": " + why));
                }
                return date;
            } catch (IllegalArgumentException e) {
                problem(field + ": " + e.getMessage());
                return null;
            }
        }
    }
}
