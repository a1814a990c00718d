package org.treatytracker.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void offsetsAgreeWithTheStringsOwnCountingBothWays() {
        Random random = new Random(7);
        String[] pieces = {"a", "é", "e\u0301", "😀", "🇻🇳", "\uD83D", "\uDE00", "\n", "مرحبا"};
        for (int round = 0; round < 200; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                built.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = built.toString();
            CodePointOffsets offsets = CodePointOffsets.of(text);
            assertEquals(text.codePointCount(0, text.length()), offsets.codePoints(), text);
            for (int offset = 0; offset <= offsets.codePoints(); offset++) {
                int index = text.offsetByCodePoints(0, offset);
                assertEquals(index, offsets.utf16Index(offset), text + " at code point " + offset);
                assertEquals(offset, offsets.codePointOffset(index), text + " at index " + index);
            }
        }
    }

    @Test
    void aTextWithoutSurrogatePairsCountsAlike() {
        CodePointOffsets offsets = CodePointOffsets.of("Hà Nội");
        assertEquals(6, offsets.codePoints());
        assertEquals(4, offsets.utf16Index(4));
        assertEquals(4, offsets.codePointOffset(4));
    }
}
