package org.treatytracker.ratification;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.treatytracker.party.Party;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.treaty.Treaty;

/** One entry of the action log: a party signed, ratified, acceded to... a treaty, on a date if known. */
@Entity
@Table(name = "treaty_actions")
@DiscriminatorValue("treaty_action")
@PrimaryKeyJoinColumn(name = "fact_id")
public class TreatyAction extends Fact {

    /** Enum constants are the wire and database values. */
    /** {@code consent_to_be_bound}: bound by one of the binding acts, the source not saying which. */
    public enum Type { signature, ratification, accession, succession, acceptance, approval, consent_to_be_bound, denunciation }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_code")
    public Party party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;

    @Enumerated(EnumType.STRING)
    public Type action;

    @Column(name = "action_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    public Precision precision;

    @Enumerated(EnumType.STRING)
    public Basis basis;

    /** The date as the source gives it; null when undated. */
    public PartialDate period() {
        return date == null ? null : new PartialDate(date, precision);
    }

    /** The log of one party, oldest first; undated actions last. */
    /** Actions with their citations and sources in the same query: every view of an action shows its evidence. */
    private static final String WITH_EVIDENCE =
            "select a from TreatyAction a left join fetch a.citations c left join fetch c.source ";

    public static List<TreatyAction> logOf(String partyCode) {
        return list(WITH_EVIDENCE + "where a.party.code = ?1 order by a.treaty.code, a.date nulls last, a.id, c.id", partyCode);
    }

    public static List<TreatyAction> logOf(String partyCode, String treatyCode) {
        return list(WITH_EVIDENCE + "where a.party.code = ?1 and a.treaty.code = ?2 order by a.date nulls last, a.id, c.id",
                partyCode, treatyCode);
    }

    /** The action logs of the given parties, oldest action first. */
    public static List<TreatyAction> logsOf(java.util.Collection<String> partyCodes) {
        return list(WITH_EVIDENCE + "where a.party.code in ?1 order by a.date nulls last, a.id, c.id", partyCodes);
    }

    @Override
    public String href() {
        return "/api/v1/states/" + party.code + "/ratifications/" + treaty.code;
    }

    @Override
    public String statement() {
        String when = date == null ? "" : " (" + PartialDate.iso(date, precision) + ")";
        return party.code + " " + action.name() + " of " + treaty.code + when + ".";
    }
}
