package org.treatytracker.upr;

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
import java.time.LocalDate;
import java.util.List;
import org.treatytracker.catalog.Party;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/**
 * The review of one state in one UPR cycle, with the totals a source reports. Only reported numbers
 * are stored; what follows from them (noted = total - accepted, the rate) is computed on read.
 */
@Entity
@Table(name = "upr_reviews")
@DiscriminatorValue("upr_review")
@PrimaryKeyJoinColumn(name = "fact_id")
public class UprReview extends Fact {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    public Party state;

    public int cycle;

    public Integer session;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "reviewed_on"))
    @AttributeOverride(name = "basis", column = @Column(name = "reviewed_basis"))
    public DatedValue reviewed;

    @Column(name = "adopted_at_hrc_session")
    public Integer adoptedAtHrcSession;

    @Column(name = "recommendations_total")
    public Integer recommendationsTotal;

    public Integer accepted;
    public Integer noted;

    public static List<UprReview> ofState(String stateCode) {
        return list("state.code = ?1 order by cycle, id", stateCode);
    }

    @Override
    public String href() {
        return "/api/v1/states/" + state.code + "/upr-reviews";
    }

    @Override
    public String statement() {
        StringBuilder text = new StringBuilder(state.code + " was reviewed in UPR cycle " + cycle);
        if (reviewed != null) {
            text.append(" (").append(reviewed.iso()).append(')');
        }
        if (recommendationsTotal != null) {
            text.append("; recommendations: ").append(recommendationsTotal);
        }
        if (accepted != null) {
            text.append(", supported: ").append(accepted);
        }
        if (noted != null) {
            text.append(", noted: ").append(noted);
        }
        if (adoptedAtHrcSession != null) {
            text.append("; outcome adopted at HRC session ").append(adoptedAtHrcSession);
        }
        return text.append('.').toString();
    }
}
