package org.treatytracker.ratification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals(RatificationStatus.unknown, RatificationStatus.derive(List.of()));
    }

    @Test
    void signatureAloneMakesASignatory() {
        assertEquals(RatificationStatus.signatory, RatificationStatus.derive(log(TreatyAction.Type.signature)));
    }

    @Test
    void everyBindingActMakesAParty() {
        for (TreatyAction.Type binding : List.of(TreatyAction.Type.ratification, TreatyAction.Type.accession,
                TreatyAction.Type.succession, TreatyAction.Type.acceptance, TreatyAction.Type.approval)) {
            assertEquals(RatificationStatus.party,
                    RatificationStatus.derive(log(TreatyAction.Type.signature, binding)), binding.name());
        }
    }

    @Test
    void denunciationAfterTheLastBindingActEndsIt() {
        assertEquals(RatificationStatus.denounced,
                RatificationStatus.derive(log(TreatyAction.Type.ratification, TreatyAction.Type.denunciation)));
        assertEquals(RatificationStatus.party, RatificationStatus.derive(
                log(TreatyAction.Type.ratification, TreatyAction.Type.denunciation, TreatyAction.Type.accession)));
    }
}
