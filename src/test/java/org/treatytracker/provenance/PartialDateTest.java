package org.treatytracker.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void theFormGivesThePrecision() {
        assertEquals(new PartialDate(LocalDate.of(2015, 1, 1), PartialDate.Precision.year), PartialDate.parse("2015"));
        assertEquals(new PartialDate(LocalDate.of(2009, 5, 1), PartialDate.Precision.month), PartialDate.parse("2009-05"));
        assertEquals("2009-05", PartialDate.parse("2009-05").iso());
        assertEquals("2014-02-05", PartialDate.parse("2014-02-05").iso());
    }

    @Test
    void invalidDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2015-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2015-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("mai 2009"));
    }

    @Test
    void datesAgreeAtTheCoarserPrecision() {
        assertTrue(PartialDate.parse("2024").agreesWith(PartialDate.parse("2024-12-24")));
        assertTrue(PartialDate.parse("2024-12-24").agreesWith(PartialDate.parse("2024-12")));
        assertFalse(PartialDate.parse("2024-11").agreesWith(PartialDate.parse("2024-12-24")));
        assertFalse(PartialDate.parse("2024-12-25").agreesWith(PartialDate.parse("2024-12-24")));
    }
}
