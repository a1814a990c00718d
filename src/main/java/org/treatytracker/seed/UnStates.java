package org.treatytracker.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatytracker.catalog.RegionalGroup;
import org.treatytracker.catalog.UnStatus;
import org.treatytracker.claim.Problems;
import org.treatytracker.importer.RowReader;
import org.treatytracker.importer.SourceRow;

/**
 * The UN's member and observer States (seeds/reference/un-states.csv, made by ops/build_un_states.py
 * and described in docs/un-states.md): each one's UN short names with where they come from, its
 * standing and its regional group. Read with the importers' CSV reader; the header must be the one
 * below, in this order, so that a column moved by hand is refused rather than read as another.
 */
final class UnStates {

    static final String FILE = "reference/un-states.csv";
    static final List<String> HEADER = List.of("iso3", "un_status", "name_en", "name_en_source", "name_fr",
            "name_fr_source", "regional_group", "regional_group_source");

    record UnState(String iso3, UnStatus status, String nameEn, String nameEnSource, String nameFr, String nameFrSource,
                   RegionalGroup group, String groupSource) {
    }

    private UnStates() {
    }

    /** The states by alpha-3 code, in the file's order; every bad row is a problem. */
    static Map<String, UnState> read(Path dir, Problems problems) {
        Map<String, UnState> states = new LinkedHashMap<>();
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            problems.add(FILE, "missing");
            return states;
        }
        try (RowReader rows = RowReader.open(file, StandardCharsets.UTF_8, ',')) {
            Optional<SourceRow> header = rows.next();
            if (header.isEmpty() || !header.get().cells().equals(HEADER)) {
                problems.add(FILE, "the header must be " + String.join(",", HEADER));
                return states;
            }
            for (Optional<SourceRow> next = rows.next(); next.isPresent(); next = rows.next()) {
                SourceRow row = next.get();
                parse(row, problems).ifPresent(state -> {
                    if (states.putIfAbsent(state.iso3(), state) != null) {
                        problems.add(FILE, "line " + row.line() + ": " + state.iso3() + " is listed twice");
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            problems.add(FILE, "unreadable: " + e.getMessage());
        }
        return states;
    }

    private static Optional<UnState> parse(SourceRow row, Problems problems) {
        String where = FILE + ": line " + row.line();
        if (row.cells().size() != HEADER.size()) {
            problems.add(where, "has " + row.cells().size() + " cells, not " + HEADER.size());
            return Optional.empty();
        }
        String iso3 = row.cell(0);
        Optional<UnStatus> status = UnStatus.named(row.cell(1));
        String groupName = row.cell(6);
        Optional<RegionalGroup> group = groupName.isEmpty() ? Optional.empty() : RegionalGroup.named(groupName);
        int before = problems.list().size();
        if (!iso3.matches("[A-Z]{3}")) {
            problems.add(where, "iso3 '" + iso3 + "' is not an alpha-3 code");
        }
        if (status.isEmpty()) {
            problems.add(where, "un_status '" + row.cell(1) + "' is not one of " + UnStatus.listed());
        }
        for (int column : new int[] {2, 3, 4, 5}) {
            if (row.cell(column).isBlank()) {
                problems.add(where, HEADER.get(column) + " is empty");
            }
        }
        if (!groupName.isEmpty() && group.isEmpty()) {
            problems.add(where, "regional_group '" + groupName + "' is not one of " + RegionalGroup.listed());
        }
        if (groupName.isEmpty() != row.cell(7).isEmpty()) {
            problems.add(where, "regional_group and regional_group_source are given together or not at all");
        }
        if (group.isPresent() && status.orElse(null) != UnStatus.member) {
            problems.add(where, "only a member state has a regional group");
        }
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new UnState(iso3, status.get(), row.cell(2), row.cell(3), row.cell(4), row.cell(5),
                group.orElse(null), groupName.isEmpty() ? null : row.cell(7)));
    }
}
