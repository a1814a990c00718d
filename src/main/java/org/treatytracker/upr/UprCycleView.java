package org.treatytracker.upr;

import java.util.List;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;

public record UprCycleView(
        int number,
        String startsOn,
        String endsOn,
        Integer firstSession,
        Integer lastSession,
        List<ProvenanceView> provenance) {

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
