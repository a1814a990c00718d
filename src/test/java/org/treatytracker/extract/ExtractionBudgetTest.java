package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.treatytracker.provenance.PartialDate;

/** The extractor checks its budget as it goes, and stops at the first check that finds it spent or abandoned. */
class ExtractionBudgetTest {

    private static final String HRC = "Le Vietnam a été élu membre du Conseil des droits de l'homme des Nations Unies "
            + "pour le mandat 2023-2025, avec 145 voix sur 193. ";

    @Test
    void anAbandonedExtractionStopsAtTheNextCheck() {
        Article article = article(HRC.repeat(2_000));
        Checks whole = new Checks(Integer.MAX_VALUE);
        ReferenceNames.extractor().extract(article, ExtractionBudget.of(Duration.ofHours(1), whole));
        assertTrue(whole.count.get() > 2_000, "at least one check a sentence: " + whole.count.get());

        Checks gone = new Checks(100);
        ExtractionStopped stopped = assertThrows(ExtractionStopped.class,
                () -> ReferenceNames.extractor().extract(article, ExtractionBudget.of(Duration.ofHours(1), gone)));
        assertEquals(ExtractionStopped.Reason.ABANDONED, stopped.reason());
        assertEquals(100, gone.count.get(), "no check, and so no sentence, after the one that found nobody waiting");
    }

    @Test
    void theLongPassesOverTheWholeTextCheckToo() {
        // one line of number words: all the work is in reading the text, before any sentence is looked at
        Checks gone = new Checks(3);
        assertThrows(ExtractionStopped.class, () -> ReferenceNames.extractor()
                .extract(article("deux trois ".repeat(50_000)), ExtractionBudget.of(Duration.ofHours(1), gone)));
        assertEquals(3, gone.count.get());
    }

    @Test
    void aSpentBudgetStopsTheExtraction() {
        ExtractionStopped stopped = assertThrows(ExtractionStopped.class, () -> ReferenceNames.extractor()
                .extract(article(HRC), ExtractionBudget.of(Duration.ZERO, () -> false)));
        assertEquals(ExtractionStopped.Reason.OVER_BUDGET, stopped.reason());
        assertEquals(Duration.ZERO, stopped.limit());
        assertEquals(1, ReferenceNames.extractor().extract(article(HRC), ExtractionBudget.of(Duration.ofHours(1), () -> false))
                .size(), "within its budget it proposes as without one");
    }

    private static Article article(String text) {
        return new Article(text, Language.fr, PartialDate.parse("2024-03-14"), "src");
    }

    /** Says the client has gone from the {@code goneAt}-th time it is asked, and counts the asking. */
    private static final class Checks implements BooleanSupplier {

        private final int goneAt;
        private final AtomicInteger count = new AtomicInteger();

        Checks(int goneAt) {
            this.goneAt = goneAt;
        }

        @Override
        public boolean getAsBoolean() {
            return count.incrementAndGet() >= goneAt;
        }
    }
}
