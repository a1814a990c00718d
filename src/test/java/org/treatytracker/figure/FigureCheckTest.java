package org.treatytracker.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureCheckTest {

    private static ReportedFigure figure(ReportedFigure.Qualifier qualifier, int value) {
        ReportedFigure figure = new ReportedFigure();
        figure.qualifier = qualifier;
        figure.value = BigDecimal.valueOf(value);
        return figure;
    }

    private static boolean consistent(ReportedFigure.Qualifier qualifier, int reported, int computed) {
        return FigureCheck.consistent(figure(qualifier, reported), BigDecimal.valueOf(computed));
    }

    @Test
    void theQualifierSaysHowToReadTheReportedValue() {
        assertTrue(consistent(ReportedFigure.Qualifier.exact, 7, 7));
        assertFalse(consistent(ReportedFigure.Qualifier.exact, 7, 2));
        assertTrue(consistent(ReportedFigure.Qualifier.more_than, 100, 101));
        assertFalse(consistent(ReportedFigure.Qualifier.more_than, 100, 100));
        assertTrue(consistent(ReportedFigure.Qualifier.at_least, 100, 100));
        assertTrue(consistent(ReportedFigure.Qualifier.approximate, 70, 72), "'près de 70' for 72 is within 10%");
        assertFalse(consistent(ReportedFigure.Qualifier.approximate, 70, 60));
    }
}
