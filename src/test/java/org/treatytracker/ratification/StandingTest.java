package org.treatytracker.ratification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;

/** How a status is derived from the actions and the records covering a pair (no database needed). */
class StandingTest {

    private static TreatyAction action(String dataset, TreatyAction.Type type, String date) {
        TreatyAction action = new TreatyAction();
        action.action = type;
        action.importKey = dataset == null ? null : dataset + "|TUV|ICESCR|" + type;
        if (date != null) {
            action.dated = DatedValue.of(PartialDate.parse(date), PartialDate.Basis.stated);
        }
        return action;
    }

    private static Coverage record(String dataset, String asOf, boolean complete) {
        return new Coverage(dataset, "dataset-" + dataset, dataset, "TUV", "ICESCR", "row 7",
                LocalDate.parse(asOf), complete, OffsetDateTime.now());
    }

    @Test
    void absenceIsUnknownWithoutACompleteRecord() {
        Standing standing = Standing.of(List.of(), List.of(), null);
        assertEquals(RatificationStatus.unknown, standing.status());
        assertEquals(Standing.Basis.unknown, standing.basis());
        assertNull(standing.basisAsOf());
    }

    @Test
    void aCompleteRecordListingTheStateWithoutAnActionIsNoAction() {
        Standing standing = Standing.of(List.of(), List.of(record("untc", "2022-08-25", true)), null);
        assertEquals(RatificationStatus.no_action, standing.status());
        assertEquals(Standing.Basis.complete, standing.basis());
        assertEquals(LocalDate.of(2022, 8, 25), standing.basisAsOf());
    }

    @Test
    void aPartialRecordListingTheStateWithoutAnActionSaysNothing() {
        Standing standing = Standing.of(List.of(), List.of(record("list", "2022-08-25", false)), null);
        assertEquals(RatificationStatus.unknown, standing.status());
        assertEquals(Standing.Basis.unknown, standing.basis());
    }

    @Test
    void anArticlesSignatureAloneIsAPartialSignatory() {
        Standing standing = Standing.of(List.of(action(null, TreatyAction.Type.signature, "1990")), List.of(), null);
        assertEquals(RatificationStatus.signatory, standing.status());
        assertEquals(Standing.Basis.partial, standing.basis());
    }

    @Test
    void anArticlesSignatureBesideACompleteRecordOfTheBindingActIsAParty() {
        Standing standing = Standing.of(List.of(action("untc", TreatyAction.Type.consent_to_be_bound, "1990"),
                        action(null, TreatyAction.Type.signature, null)),
                List.of(record("untc", "2022-08-25", true)), null);
        assertEquals(RatificationStatus.party, standing.status());
        assertEquals(Standing.Basis.complete, standing.basis());
        assertFalse(standing.disagreement());
    }

    @Test
    void theNewestCompleteRecordGovernsAndTheOlderOneStaysVisibleAsDisagreeing() {
        TreatyAction older = action("untc", TreatyAction.Type.consent_to_be_bound, "1976");
        Standing standing = Standing.of(List.of(older),
                List.of(record("untc", "2022-08-25", true), record("ohchr", "2025-10-10", true)), null);
        assertEquals(RatificationStatus.no_action, standing.status());
        assertEquals(LocalDate.of(2025, 10, 10), standing.basisAsOf());
        assertFalse(standing.counts(older));
        assertTrue(standing.disagreement());
        Standing.SourceView untc = standing.sources().stream().filter(s -> s.dataset().equals("untc")).findFirst().orElseThrow();
        assertEquals(RatificationStatus.party, untc.status());
        assertFalse(untc.agrees());
        assertFalse(untc.governs());
    }

    @Test
    void asOfADateTheRecordCannotTellItIsUnknownEvenWithACompleteRecord() {
        Standing standing = Standing.of(List.of(action("untc", TreatyAction.Type.signature, null)),
                List.of(record("untc", "2022-08-25", true)), LocalDate.of(2015, 12, 31));
        assertEquals(RatificationStatus.unknown, standing.status(), "an undated signature may be before or after 2015");
        assertEquals(Standing.Basis.complete, standing.basis());
    }

    @Test
    void aYearIsCertainOnlyOnceTheYearIsOver() {
        List<TreatyAction> log = List.of(action("untc", TreatyAction.Type.consent_to_be_bound, "2015"));
        List<Coverage> coverage = List.of(record("untc", "2022-08-25", true));
        assertEquals(RatificationStatus.no_action, Standing.of(log, coverage, LocalDate.of(2014, 12, 31)).status());
        assertEquals(RatificationStatus.unknown, Standing.of(log, coverage, LocalDate.of(2015, 6, 30)).status());
        assertEquals(RatificationStatus.party, Standing.of(log, coverage, LocalDate.of(2015, 12, 31)).status());
    }
}
