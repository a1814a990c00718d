package org.treatytracker.council;

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
import java.util.List;
import org.treatytracker.catalog.Party;
import org.treatytracker.provenance.Fact;

/** A state's term on the UN Human Rights Council, served or sought. */
@Entity
@Table(name = "hrc_memberships")
@DiscriminatorValue("hrc_membership")
@PrimaryKeyJoinColumn(name = "fact_id")
public class HrcMembership extends Fact {

    /** Enum constants are the wire and database values. */
    public enum Status { member, candidate }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    public Party state;

    @Column(name = "term_start")
    public int termStart;

    @Column(name = "term_end")
    public int termEnd;

    @Enumerated(EnumType.STRING)
    public Status status;

    public static List<HrcMembership> ofState(String code) {
        return list("state.code = ?1 order by termStart, id", code);
    }

    @Override
    public String href() {
        return "/api/v1/states/" + state.code + "/hrc-memberships";
    }

    @Override
    public String statement() {
        return state.code + (status == Status.member ? " is a member of" : " is a candidate for")
                + " the Human Rights Council for " + termStart + "-" + termEnd + ".";
    }
}
