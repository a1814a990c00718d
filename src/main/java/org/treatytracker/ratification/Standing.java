package org.treatytracker.ratification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a party stands towards a treaty, from everything on record: its actions (from articles,
 * editors and datasets) and the dataset records that cover the pair.
 *
 * <p>The newest complete record covering the pair governs: its date is the basis's date, and an
 * older complete record's actions are superseded by it (kept, shown, and compared, but not counted).
 * Actions from other sources (articles, editors, partial datasets) always count. With a governing
 * record, an empty log is {@code no_action}; without one, the status is derived from the evidence
 * alone, and is a lower bound: {@code signatory} means at least signatory.
 *
 * @param basis     {@code complete}, {@code partial} or {@code unknown}
 * @param basisAsOf the governing record's date; null without one
 * @param counted   the actions the status is derived from
 * @param sources   each covering record with what it says alone, and whether that agrees with the status
 */
public record Standing(RatificationStatus status, Basis basis, LocalDate basisAsOf, List<TreatyAction> counted,
                       List<SourceView> sources) {

    /** Enum constants are the wire values. */
    public enum Basis {
        /** A complete record covers the pair: "no action" is a real answer, as of the record's date. */
        complete,
        /** Derived from the evidence on record, which no complete record covers: a lower bound. */
        partial,
        /** Nothing on record speaks of the pair. */
        unknown
    }

    /**
     * One covering record. {@code status}: what the record alone says, as of its date;
     * {@code agrees}: whether everything counted says the same as of that date; {@code governs}:
     * whether it is the governing record.
     */
    public record SourceView(String sourceId, String dataset, String title, String asOf, boolean complete,
                             String locator, RatificationStatus status, boolean agrees, boolean governs) {
    }

    private static final Comparator<Coverage> NEWEST_FIRST = Comparator
            .comparing(Coverage::asOf, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Coverage::importedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    /**
     * @param log      the party's actions on the treaty, oldest first, undated ones last
     * @param coverage the records covering the pair
     * @param asOf     null for the status today
     */
    public static Standing of(List<TreatyAction> log, List<Coverage> coverage, LocalDate asOf) {
        Coverage governing = coverage.stream().filter(Coverage::complete).min(NEWEST_FIRST).orElse(null);
        Set<String> superseded = coverage.stream()
                .filter(c -> c.complete() && c != governing)
                .map(Coverage::dataset)
                .collect(Collectors.toSet());
        List<TreatyAction> counted = log.stream()
                .filter(a -> a.dataset() == null || !superseded.contains(a.dataset()))
                .toList();
        RatificationStatus nothing = governing == null ? RatificationStatus.unknown : RatificationStatus.no_action;
        RatificationStatus status = RatificationStatus.at(counted, asOf, nothing);
        Basis basis = governing != null ? Basis.complete
                : status == RatificationStatus.unknown ? Basis.unknown : Basis.partial;
        List<SourceView> sources = coverage.stream().sorted(NEWEST_FIRST)
                .map(c -> sourceView(c, log, counted, nothing, c == governing))
                .toList();
        return new Standing(status, basis, governing == null ? null : governing.asOf(), counted, sources);
    }

    /** Whether the status counts this action (an action of a superseded record does not). */
    public boolean counts(TreatyAction action) {
        return counted.contains(action);
    }

    public boolean disagreement() {
        return sources.stream().anyMatch(s -> !s.agrees());
    }

    private static SourceView sourceView(Coverage record, List<TreatyAction> log, List<TreatyAction> counted,
                                         RatificationStatus nothing, boolean governs) {
        List<TreatyAction> own = log.stream().filter(a -> record.dataset().equals(a.dataset())).toList();
        RatificationStatus alone;
        RatificationStatus everything;
        if (record.asOf() == null) {
            alone = RatificationStatus.derive(own, RatificationStatus.unknown);
            everything = RatificationStatus.derive(counted, nothing);
        } else {
            RatificationStatus empty = record.complete() ? RatificationStatus.no_action : RatificationStatus.unknown;
            alone = RatificationStatus.asOf(own, record.asOf(), empty);
            everything = RatificationStatus.asOf(counted, record.asOf(), nothing);
        }
        // A partial record's status is a lower bound: its "signatory" agrees with a party or a denunciation.
        boolean agrees = alone == RatificationStatus.unknown || everything == RatificationStatus.unknown
                || alone == everything
                || (!record.complete() && alone == RatificationStatus.signatory
                    && (everything == RatificationStatus.party || everything == RatificationStatus.denounced));
        return new SourceView(record.sourceId(), record.dataset(), record.title(),
                record.asOf() == null ? null : record.asOf().toString(), record.complete(), record.locator(), alone,
                agrees, governs);
    }
}
