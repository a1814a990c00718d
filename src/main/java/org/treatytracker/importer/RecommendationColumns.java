package org.treatytracker.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameIndex;
import org.treatytracker.catalog.NameKey;
import org.treatytracker.upr.RecommendationChecks;
import org.treatytracker.web.Codes;

/**
 * Reads a UPR recommendations table's rows through its mapping. Several recommending states or
 * themes in one cell are split on the mapping's separator for that field (none by default: the
 * cell is one value). The cycle comes from a cycle column, else from the session, else from the
 * year when only one cycle covers it. Names may carry HTML character references (decoded first); a
 * recommending state given as "(Unknown)" is not an error: the row keeps its other recommending states.
 * UPR Info's action category, when mapped, is a whole number from 1 to 5.
 */
final class RecommendationColumns {

    static final Set<String> FIELDS = Set.of("text", "state_under_review", "recommending_states", "cycle", "session",
            "year", "response", "themes", "un_number", "language", "action_category");
    static final Set<String> REQUIRED = Set.of("text", "state_under_review");
    /** A recommending state the file says it does not know ("(Unknown)", HTML-escaped in UPR Info's exports). */
    private static final String UNKNOWN = "unknown";

    private final Map<String, Integer> columns;
    private final Mapping mapping;
    private final NameIndex names;
    private final UprCycles cycles;
    private final ResponseLabels responses;
    private final String file;

    RecommendationColumns(Map<String, Integer> columns, Mapping mapping, NameIndex names, UprCycles cycles, String file) {
        this.columns = columns;
        this.mapping = mapping;
        this.names = names;
        this.cycles = cycles;
        this.responses = new ResponseLabels(mapping.responses());
        this.file = file;
    }

    static void check(Mapping mapping) {
        mapping.check(FIELDS, REQUIRED);
        Map<String, String> c = mapping.columns();
        if (!c.containsKey("cycle") && !c.containsKey("session") && !c.containsKey("year")) {
            throw new UsageException("the mapping needs a column for cycle, session or year");
        }
        if (!c.containsKey("language") && (mapping.language() == null || !Codes.isLanguage(mapping.language()))) {
            throw new UsageException("give the texts' language: 'language: en' (ISO 639-1) or a language column");
        }
    }

    /** The row resolved, or empty with its problems added. */
    Optional<RecommendationRow> read(SourceRow row, List<RowProblem> problems) {
        int before = problems.size();
        String text = cell(row, "text");
        if (text.isEmpty()) {
            problem(problems, row, "the recommendation text is empty");
        }
        String stateCell = HtmlEntities.decode(cell(row, "state_under_review"));
        Optional<String> state = names.party(stateCell);
        if (state.isEmpty()) {
            problem(problems, row, "state under review '" + stateCell + "' is not a known state name");
        }
        List<String> recommenders = new ArrayList<>();
        boolean unknownRecommender = false;
        for (String cell : split(row, "recommending_states")) {
            String name = HtmlEntities.decode(cell);
            if (NameKey.of(name).equals(UNKNOWN)) {
                unknownRecommender = true;
                continue;
            }
            names.party(name).ifPresentOrElse(recommenders::add,
                    () -> problem(problems, row, "recommending state '" + name + "' is not a known state name"));
        }
        Integer session = number(row, "session", problems);
        Integer cycle = cycle(row, session, problems);
        String language = columns.containsKey("language") ? cell(row, "language").toLowerCase(java.util.Locale.ROOT) : mapping.language();
        if (!Codes.isLanguage(language)) {
            problem(problems, row, "language '" + language + "' is not an ISO 639 code");
        }
        String raw = cell(row, "response");
        Optional<ResponseLabels.Said> response = responses.of(raw);
        if (response.isEmpty()) {
            problem(problems, row, "response '" + raw + "' is not a known label (add it under 'responses' in the mapping)");
        }
        String unNumber = cell(row, "un_number");
        List<String> themes = split(row, "themes");
        Integer actionCategory = number(row, "action_category", problems);
        if (actionCategory != null && (actionCategory < 1 || actionCategory > 5)) {
            problem(problems, row, "action category " + actionCategory + " is not one of UPR Info's categories 1 to 5");
        }
        RecommendationChecks.sizeProblems(text, unNumber, raw, recommenders, themes)
                .forEach(size -> problem(problems, row, size));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RecommendationRow(row.line(), state.get(), cycle, session,
                unNumber.isEmpty() ? null : unNumber, text, language,
                response.get().stored(),
                raw.isEmpty() ? null : raw, recommenders, themes, actionCategory, unknownRecommender));
    }

    private Integer cycle(SourceRow row, Integer session, List<RowProblem> problems) {
        Integer stated = number(row, "cycle", problems);
        if (stated != null && !cycles.exists(stated)) {
            problem(problems, row, "cycle " + stated + " is not a UPR cycle on record");
            return null;
        }
        Integer bySession = session == null ? null : cycles.bySession(session).orElse(null);
        if (session != null && bySession == null) {
            problem(problems, row, "session " + session + " is in no UPR cycle on record");
        }
        if (stated != null && bySession != null && !stated.equals(bySession)) {
            problem(problems, row, "cycle " + stated + " does not contain session " + session);
        }
        if (stated != null || bySession != null) {
            return stated != null ? stated : bySession;
        }
        Integer year = number(row, "year", problems);
        if (year == null) {
            problem(problems, row, "no cycle, session or year to place the recommendation in a UPR cycle");
            return null;
        }
        List<Integer> candidates = cycles.byYear(year);
        if (candidates.size() != 1) {
            problem(problems, row, candidates.isEmpty() ? "year " + year + " is in no UPR cycle on record"
                    : "year " + year + " falls in cycles " + candidates + "; give the cycle or the session");
            return null;
        }
        return candidates.get(0);
    }

    private Integer number(SourceRow row, String field, List<RowProblem> problems) {
        String value = cell(row, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            problem(problems, row, field + " '" + value + "' is not a whole number");
            return null;
        }
    }

    private List<String> split(SourceRow row, String field) {
        String value = cell(row, field);
        if (value.isEmpty()) {
            return List.of();
        }
        String separator = mapping.separators().get(field);
        if (separator == null) {
            return List.of(value);
        }
        return Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private String cell(SourceRow row, String field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column);
    }

    private void problem(List<RowProblem> problems, SourceRow row, String message) {
        problems.add(new RowProblem(file, row.line(), message));
    }
}
