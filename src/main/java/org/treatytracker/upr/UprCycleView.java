package org.treatytracker.upr;

import java.util.List;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.CsvColumn;

public record UprCycleView(
        @CsvColumn("The cycle's number.") int number,
        @CsvColumn(value = "When the cycle starts.", date = true) String startsOn,
        @CsvColumn(value = "When it ends.", empty = "not on record (the cycle under way)", date = true) String endsOn,
        @CsvColumn(value = "Its first UPR Working Group session.", empty = "not on record") Integer firstSession,
        @CsvColumn(value = "Its last session.", empty = "not on record (the cycle under way)") Integer lastSession,
        @CsvColumn(value = "Evidence for it, as JSON (see `provenance` in the contract).", empty = "none") List<ProvenanceView> provenance) {

    public static UprCycleView of(UprCycle cycle) {
        return new UprCycleView(
                cycle.number,
                cycle.starts.iso(),
                DatedValue.isoOf(cycle.ends),
                cycle.firstSession,
                cycle.lastSession,
                cycle.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
