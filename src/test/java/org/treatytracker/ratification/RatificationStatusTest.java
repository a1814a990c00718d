package org.treatytracker.ratification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;

class RatificationStatusTest {

    private static List<TreatyAction> log(TreatyAction.Type... types) {
        return Arrays.stream(types).map(type -> {
            TreatyAction action = new TreatyAction();
            action.action = type;
            return action;
        }).toList();
    }

    @Test
    void noActionOnRecordIsUnknownNotNoAction() {
        assertEquals(RatificationStatus.unknown, RatificationStatus.at(List.of(), null));
    }

    @Test
    void signatureAloneMakesASignatory() {
        assertEquals(RatificationStatus.signatory, RatificationStatus.at(log(TreatyAction.Type.signature), null));
    }

    @Test
    void everyBindingActMakesAParty() {
        for (TreatyAction.Type binding : List.of(TreatyAction.Type.ratification, TreatyAction.Type.accession,
                TreatyAction.Type.succession, TreatyAction.Type.acceptance, TreatyAction.Type.approval,
                TreatyAction.Type.consent_to_be_bound)) {
            assertEquals(RatificationStatus.party,
                    RatificationStatus.at(log(TreatyAction.Type.signature, binding), null), binding.name());
        }
    }

    @Test
    void denunciationAfterTheLastBindingActEndsIt() {
        assertEquals(RatificationStatus.denounced,
                RatificationStatus.at(log(TreatyAction.Type.ratification, TreatyAction.Type.denunciation), null));
        assertEquals(RatificationStatus.party, RatificationStatus.at(
                log(TreatyAction.Type.ratification, TreatyAction.Type.denunciation, TreatyAction.Type.accession), null));
    }

    private static TreatyAction dated(TreatyAction.Type type, String date) {
        TreatyAction action = new TreatyAction();
        action.action = type;
        if (date != null) {
            action.dated = DatedValue.of(PartialDate.parse(date), PartialDate.Basis.stated);
        }
        return action;
    }

    @Test
    void asOfCountsOnlyWhatCertainlyHappenedByThen() {
        List<TreatyAction> log = List.of(dated(TreatyAction.Type.signature, "2013-11-07"),
                dated(TreatyAction.Type.ratification, "2015"));
        assertEquals(RatificationStatus.unknown, RatificationStatus.at(log, java.time.LocalDate.of(2013, 11, 6)));
        assertEquals(RatificationStatus.signatory, RatificationStatus.at(log, java.time.LocalDate.of(2014, 12, 31)));
        assertEquals(RatificationStatus.unknown, RatificationStatus.at(log, java.time.LocalDate.of(2015, 6, 30)),
                "a ratification dated only '2015' may or may not have happened by mid-2015");
        assertEquals(RatificationStatus.party, RatificationStatus.at(log, java.time.LocalDate.of(2015, 12, 31)));
    }

    @Test
    void anUndatedActionMakesTheStatusUnknownOnlyWhereItCouldChangeIt() {
        List<TreatyAction> log = List.of(dated(TreatyAction.Type.ratification, "1990-02-28"),
                dated(TreatyAction.Type.signature, null));
        assertEquals(RatificationStatus.party, RatificationStatus.at(log, java.time.LocalDate.of(2000, 1, 1)));
        assertEquals(RatificationStatus.unknown,
                RatificationStatus.at(List.of(dated(TreatyAction.Type.signature, null)), java.time.LocalDate.of(2000, 1, 1)));
    }
}
