package org.treatytracker.ratification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A party's standing towards a treaty, derived from its action log and never stored.
 * Enum constants are the wire values.
 */
public enum RatificationStatus {
    /** Bound: ratified, acceded, succeeded, accepted or approved (or bound by an act a dataset does not name), and not denounced since. */
    party,
    /** Signed, with no binding act on record. */
    signatory,
    /** Denounced after its last binding act. */
    denounced,
    /** A complete record lists the party without an action: it took none, as of the record's date. Never derived from absence. */
    no_action,
    /** No source on record speaks of this party and treaty. Never read as "no action". */
    unknown;

    private static final Set<TreatyAction.Type> BINDING = EnumSet.of(
            TreatyAction.Type.ratification, TreatyAction.Type.accession, TreatyAction.Type.succession,
            TreatyAction.Type.acceptance, TreatyAction.Type.approval, TreatyAction.Type.consent_to_be_bound);

    public static boolean isBinding(TreatyAction.Type type) {
        return BINDING.contains(type);
    }

    /** The status today ({@code asOf} null) or as it stood at the end of {@code asOf}. */
    public static RatificationStatus at(List<TreatyAction> log, LocalDate asOf) {
        return at(log, asOf, unknown);
    }

    /**
     * @param nothing what an empty log means: {@code no_action} where a complete record covers the
     *                party and treaty, else {@code unknown}
     */
    public static RatificationStatus at(List<TreatyAction> log, LocalDate asOf, RatificationStatus nothing) {
        return asOf == null ? derive(log, nothing) : asOf(log, asOf, nothing);
    }

    /**
     * The status as it stood at the end of {@code asOf}. Actions certainly done by then count;
     * actions that may or may not have been (undated, or dated "2015" when asked about mid-2015)
     * make the status {@code unknown} if they could change it.
     */
    public static RatificationStatus asOf(List<TreatyAction> log, LocalDate asOf, RatificationStatus nothing) {
        List<TreatyAction> certain = log.stream()
                .filter(a -> a.dated != null && !a.period().lastDay().isAfter(asOf))
                .toList();
        List<TreatyAction> possible = log.stream()
                .filter(a -> a.dated == null || !a.dated.date().isAfter(asOf))
                .toList();
        RatificationStatus without = derive(certain, nothing);
        return without == derive(possible, nothing) ? without : unknown;
    }

    /** @param log the party's actions on one treaty, oldest first, undated ones last */
    public static RatificationStatus derive(List<TreatyAction> log, RatificationStatus nothing) {
        if (log.isEmpty()) {
            return nothing;
        }
        int lastBinding = -1;
        int lastDenunciation = -1;
        boolean signed = false;
        for (int i = 0; i < log.size(); i++) {
            TreatyAction.Type type = log.get(i).action;
            if (BINDING.contains(type)) {
                lastBinding = i;
            } else if (type == TreatyAction.Type.denunciation) {
                lastDenunciation = i;
            } else if (type == TreatyAction.Type.signature) {
                signed = true;
            }
        }
        if (lastDenunciation > lastBinding) {
            return denounced;
        }
        if (lastBinding >= 0) {
            return party;
        }
        return signed ? signatory : nothing;
    }
}
