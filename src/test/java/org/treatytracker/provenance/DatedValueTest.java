package org.treatytracker.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;

class DatedValueTest {

    @Test
    void keepsTheDateAtItsPrecisionWithItsBasis() {
        DatedValue month = DatedValue.of(PartialDate.parse("2009-05"), Basis.inferred);
        assertEquals(new DatedValue(LocalDate.of(2009, 5, 1), Precision.month, Basis.inferred), month);
        assertEquals("2009-05", month.iso());
        assertEquals(LocalDate.of(2009, 5, 31), month.partial().lastDay());
    }

    @Test
    void noDateIsNoValue() {
        assertNull(DatedValue.of(null, Basis.stated));
        assertNull(DatedValue.isoOf(null));
        assertNull(DatedValue.dateOf(null));
        assertEquals("2015", DatedValue.isoOf(DatedValue.of(PartialDate.parse("2015"), null)));
    }
}
