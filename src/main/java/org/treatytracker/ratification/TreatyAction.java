package org.treatytracker.ratification;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/** One entry of the action log: a party signed, ratified, acceded to... a treaty, on a date if known. */
@Entity
@Table(name = "treaty_actions")
@DiscriminatorValue("treaty_action")
@PrimaryKeyJoinColumn(name = "fact_id")
public class TreatyAction extends Fact {

    /**
     * Enum constants are the wire and database values. {@code consent_to_be_bound}: bound by one of
     * the binding acts, the source not saying which.
     */
    public enum Type { signature, ratification, accession, succession, acceptance, approval, consent_to_be_bound, denunciation }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_code")
    public Party party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;

    @Enumerated(EnumType.STRING)
    public Type action;

    /** The date as the source gives it; null when undated. */
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "action_date"))
    public DatedValue dated;

    /** The date as the source gives it; null when undated. */
    public PartialDate period() {
        return dated == null ? null : dated.partial();
    }

    /** The dataset this action was imported from (its import key's first part), or null for seed and editors' facts. */
    public String dataset() {
        return importKey == null ? null : importKey.substring(0, importKey.indexOf('|'));
    }

    /** Actions with their citations and sources in the same query: every view of an action shows its evidence. */
    private static final String WITH_EVIDENCE =
            "select a from TreatyAction a left join fetch a.citations c left join fetch c.place.source ";

    /** The log of one party, by treaty, oldest first; undated actions last. */
    public static List<TreatyAction> logOf(String partyCode) {
        return list(WITH_EVIDENCE + "where a.party.code = ?1 order by a.treaty.code, a.dated.date nulls last, a.id, c.id", partyCode);
    }

    /**
     * Every action, or one party's, or one treaty's, or one pair's (a null code: any), with their
     * evidence, by party, treaty and date, undated ones last.
     */
    public static List<TreatyAction> listed(String partyCode, String treatyCode) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (partyCode != null) {
            conditions.add("a.party.code = :party");
            parameters.and("party", partyCode);
        }
        if (treatyCode != null) {
            conditions.add("a.treaty.code = :treaty");
            parameters.and("treaty", treatyCode);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        return list(WITH_EVIDENCE + "join fetch a.party join fetch a.treaty " + where
                + " order by a.party.code, a.treaty.code, a.dated.date nulls last, a.id, c.id", parameters);
    }

    public static List<TreatyAction> logOf(String partyCode, String treatyCode) {
        return list(WITH_EVIDENCE + "where a.party.code = ?1 and a.treaty.code = ?2 order by a.dated.date nulls last, a.id, c.id",
                partyCode, treatyCode);
    }

    /**
     * The bare action logs (type, date, precision; no evidence, not managed) of the given parties towards the given treaties,
     * oldest first, keyed "party/treaty": what a status needs, for views of many statuses at once.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, List<TreatyAction>> bareLogsOf(Collection<String> partyCodes, Collection<String> treatyCodes) {
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                        SELECT a.fact_id, a.party_code, a.treaty_code, a.action, a.action_date, a.precision, f.import_key
                        FROM treaty_actions a JOIN facts f ON f.id = a.fact_id
                        WHERE a.party_code = ANY (CAST(?1 AS text[])) AND a.treaty_code = ANY (CAST(?2 AS text[]))
                        ORDER BY a.action_date NULLS LAST, a.fact_id""", Tuple.class)
                .setParameter(1, partyCodes.toArray(String[]::new))
                .setParameter(2, treatyCodes.toArray(String[]::new))
                .getResultList();
        Map<String, List<TreatyAction>> logs = new HashMap<>();
        for (Tuple row : rows) {
            TreatyAction action = new TreatyAction();
            action.id = ((Number) row.get("fact_id")).longValue();
            action.action = Type.valueOf(row.get("action", String.class));
            LocalDate date = row.get("action_date", LocalDate.class);
            action.dated = date == null ? null
                    : new DatedValue(date, Precision.valueOf(row.get("precision", String.class)), null);
            action.importKey = row.get("import_key", String.class);
            logs.computeIfAbsent(row.get("party_code") + "/" + row.get("treaty_code"), k -> new ArrayList<>()).add(action);
        }
        return logs;
    }

    @Override
    public String href() {
        return logHref(party.code, treaty.code);
    }

    /** Where the API shows a party's standing towards a treaty, with its action log. */
    public static String logHref(String partyCode, String treatyCode) {
        return "/api/v1/states/" + partyCode + "/ratifications/" + treatyCode;
    }

    /** The same standing as it stood at the end of {@code asOf}: {@link #logHref} when it is null. */
    public static String logHref(String partyCode, String treatyCode, LocalDate asOf) {
        return logHref(partyCode, treatyCode) + (asOf == null ? "" : "?as_of=" + asOf);
    }

    /** The actions of a log that may have happened by the end of {@code asOf}: all of them when it is null. */
    public static List<TreatyAction> possiblyBy(List<TreatyAction> log, LocalDate asOf) {
        return asOf == null ? log : log.stream().filter(a -> a.dated == null || !a.dated.date().isAfter(asOf)).toList();
    }

    @Override
    public String statement() {
        String when = dated == null ? "" : " (" + dated.iso() + ")";
        return party.code + " " + action.name() + " of " + treaty.code + when + ".";
    }
}
