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
 * A generic ratification CSV: one action per row, with columns for the party (name or ISO code),
 * the treaty (code, name or alias), the action and its date (optional; an empty date is an undated
 * action), as the mapping names them.
 */
final class MappedActionTable {

    static final String FORMAT = "ratifications";
    static final Set<String> FIELDS = Set.of("party", "treaty", "action", "date");
    static final Set<String> REQUIRED = Set.of("party", "treaty", "action");

    private MappedActionTable() {
    }

    static ParsedActions read(RowReader reader, DatasetFile file, NameIndex names, ImportRequest request, DateBounds bounds)
            throws IOException {
        Mapping mapping = request.mapping();
        String datasetOption = request.dataset();
        if (request.record().complete()) {
            throw new UsageException(FORMAT + " lists actions, not states: it cannot be a complete record (use "
                    + StatusTable.FORMAT + " for a table of every state's status)");
        }
        mapping.check(FIELDS, REQUIRED);
        ActionLabels labels = new ActionLabels(mapping.actions());
        DateCell dates = new DateCell(mapping.dateFormat());
        List<RowProblem> problems = new ArrayList<>();
        List<ActionRecord> actions = new ArrayList<>();
        String dataset = datasetOption != null ? datasetOption : DatasetSources.defaultKey(FORMAT, file);
        Optional<SourceRow> headerRow = reader.next();
        Map<String, Integer> columns = new Header(headerRow.map(SourceRow::cells).orElse(List.of()))
                .resolve(mapping.columns(), file.name(), problems);
        if (!problems.isEmpty()) {
            return ParsedActions.failed(dataset, 0, List.of(), problems);
        }
        Map<String, Integer> occurrences = new HashMap<>();
        long rows = 0;
        for (Optional<SourceRow> next = reader.next(); next.isPresent(); next = reader.next()) {
            SourceRow row = next.get();
            rows++;
            int before = problems.size();
            String partyCell = row.cell(columns.get("party"));
            String treatyCell = row.cell(columns.get("treaty"));
            String actionCell = row.cell(columns.get("action"));
            String dateCell = columns.containsKey("date") ? row.cell(columns.get("date")) : "";
            Optional<String> party = names.party(partyCell);
            Optional<String> treaty = names.treaty(treatyCell);
            Optional<TreatyAction.Type> action = labels.of(actionCell);
            if (party.isEmpty()) {
                problems.add(new RowProblem(file.name(), row.line(), "party '" + partyCell + "' is not a known state or organisation name"));
            }
            if (treaty.isEmpty()) {
                problems.add(new RowProblem(file.name(), row.line(), "treaty '" + treatyCell + "' is not a known treaty code or name"));
            }
            if (action.isEmpty()) {
                problems.add(new RowProblem(file.name(), row.line(), "action '" + actionCell
                        + "' is not a known action label (add it under 'actions' in the mapping)"));
            }
            PartialDate date = null;
            if (!dateCell.isEmpty()) {
                try {
                    date = dates.parse(dateCell);
                    if (treaty.isPresent()) {
                        bounds.problem(treaty.get(), date)
                                .ifPresent(why -> problems.add(new RowProblem(file.name(), row.line(), "date: " + why)));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new RowProblem(file.name(), row.line(), "date: " + e.getMessage()));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            String key = String.join("|", dataset, party.get(), treaty.get(), action.get().name());
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            actions.add(new ActionRecord(occurrence == 1 ? key : key + "#" + occurrence, party.get(), treaty.get(),
                    action.get(), date, "row " + row.line()));
        }
        return new ParsedActions(dataset, DatasetSources.Description.ofFile(file, mapping.language()), rows, actions,
                List.of(), request.record().asOf(), false, List.of(), problems);
    }
}
