package org.treatytracker.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        // U+1F600 is two UTF-16 units but one code point: offsets after it differ by one.
        String text = "😀 Viêt Nam a ratifié la Convention.";
        QuoteLocator.Passage passage = QuoteLocator.locate(text, "ratifié", null);
        assertEquals(13, passage.start());
        assertEquals(20, passage.end());
        int[] codePoints = text.codePoints().toArray();
        assertEquals("ratifié", new String(codePoints, passage.start(), passage.end() - passage.start()));
    }

    @Test
    void combiningMarksAreCountedAsTheyAreStored() throws Exception {
        String decomposed = "Vie\u0302t Nam signe";
        QuoteLocator.Passage passage = QuoteLocator.locate(decomposed, "signe", null);
        assertEquals(10, passage.start());
        assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locate(decomposed, "Viêt", null), "no silent normalisation");
    }

    @Test
    void aRepeatedQuoteNeedsAPrefixThatPicksOne() throws Exception {
        String text = "Photo: VNA. Le texte. Photo: VNA.";
        QuoteLocator.QuoteNotFoundException ambiguous = assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locate(text, "Photo: VNA", null));
        assertTrue(ambiguous.getMessage().contains("2 times"), ambiguous.getMessage());
        QuoteLocator.Passage second = QuoteLocator.locate(text, "Photo: VNA", "texte. ");
        assertEquals(22, second.start());
    }

    @Test
    void aMissingQuoteIsReported() {
        QuoteLocator.QuoteNotFoundException missing = assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locate("Le Vietnam", "Le Laos", null));
        assertTrue(missing.getMessage().contains("Le Laos"));
        assertThrows(QuoteLocator.QuoteNotFoundException.class, () -> QuoteLocator.locate("abc", "", null));
    }

    @Test
    void aQuoteGivenWithItsStartIsPlacedThereHoweverOftenItOccurs() throws Exception {
        String text = "😀 Photo: VNA. Le texte. Photo: VNA. 😀 Photo: VNA.";
        CodePointOffsets offsets = CodePointOffsets.of(text);
        for (int start : new int[] {2, 24, 38}) {
            QuoteLocator.Passage passage = QuoteLocator.locateAt(text, offsets, "Photo: VNA", start, null, null);
            assertEquals(start, passage.start());
            assertEquals(start + 10, passage.end());
            int[] codePoints = text.codePoints().toArray();
            assertEquals("Photo: VNA", new String(codePoints, passage.start(), passage.end() - passage.start()));
        }
        assertEquals(24, QuoteLocator.locateAt(text, offsets, "Photo: VNA", 24, "texte. ", ". 😀").start(),
                "a prefix and a suffix that fit there are accepted");
    }

    @Test
    void aWrongStartIsReportedWithWhatTheTextReadsThere() {
        String text = "😀 Photo: VNA. Le texte. Photo: VNA.";
        CodePointOffsets offsets = CodePointOffsets.of(text);
        QuoteLocator.QuoteNotFoundException shifted = assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "Photo: VNA", 3, null, null));
        assertTrue(shifted.getMessage().contains("does not begin at start 3, where the text reads \"hoto: VNA.\""),
                shifted.getMessage());
        assertTrue(assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "Photo: VNA", 36, null, null)).getMessage()
                .contains("outside the text (0 to 35 code points)"));
        assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "Photo: VNA", -1, null, null));
        assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "VNA. Et", 31, null, null), "past the end of the text");
        assertTrue(assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "Photo: VNA", 24, "Le ", null)).getMessage()
                .contains("prefix"));
        assertTrue(assertThrows(QuoteLocator.QuoteNotFoundException.class,
                () -> QuoteLocator.locateAt(text, offsets, "Photo: VNA", 2, null, "!")).getMessage().contains("suffix"));
        assertThrows(QuoteLocator.QuoteNotFoundException.class, () -> QuoteLocator.locateAt(text, offsets, "", 2, null, null));
    }
}
