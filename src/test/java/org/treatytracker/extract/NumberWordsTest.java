package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void frenchNumbersUpToTheThousandsWithTheirIrregularTens() {
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("sept", 7L), Map.entry("dix-sept", 17L), Map.entry("vingt et un", 21L),
                Map.entry("soixante-dix", 70L), Map.entry("soixante et onze", 71L), Map.entry("soixante-dix-neuf", 79L),
                Map.entry("quatre-vingts", 80L), Map.entry("quatre-vingt-un", 81L), Map.entry("quatre-vingt-douze", 92L),
                Map.entry("quatre-vingt-dix-neuf", 99L), Map.entry("cent", 100L), Map.entry("cent quatre-vingt-deux", 182L),
                Map.entry("deux cent vingt-sept", 227L), Map.entry("deux-cent-vingt-sept", 227L),
                Map.entry("neuf cent quatre-vingt-dix-neuf", 999L), Map.entry("mille deux cents", 1200L),
                Map.entry("trois mille", 3000L), Map.entry("Quarante", 40L), Map.entry("zéro", 0L));
        expected.forEach((words, value) -> assertEquals(OptionalLong.of(value), NumberWords.parse(words, Language.fr), words));
    }

    @Test
    void englishNumbersWithHyphensAndAnd() {
        Map<String, Long> expected = Map.of(
                "twenty-one", 21L, "ninety-nine", 99L, "one hundred", 100L, "two hundred and ninety-one", 291L,
                "nine hundred ninety-nine", 999L, "one thousand two hundred", 1200L, "Seventeen", 17L, "forty", 40L);
        expected.forEach((words, value) -> assertEquals(OptionalLong.of(value), NumberWords.parse(words, Language.en), words));
    }

    @Test
    void wordsThatAreNotOneNumberAreNotReadAsOne() {
        assertTrue(NumberWords.parse("deux trois", Language.fr).isEmpty(), "two numbers side by side");
        assertTrue(NumberWords.parse("vingt et", Language.fr).isEmpty(), "a trailing joiner");
        assertTrue(NumberWords.parse("seven eight", Language.en).isEmpty());
        assertTrue(NumberWords.parse("sept", Language.en).isEmpty(), "French words are not English numbers");
        assertTrue(NumberWords.parse("cent cent", Language.fr).isEmpty());
    }
}
