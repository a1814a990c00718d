package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {

    @Test
    void thousandsSeparatorsOfBothLanguagesAndDecimalMarks() {
        assertValues("1 873 caméras, 2\u00A0500 délégués et 12\u202F000 signatures", Language.fr, "1873", "2500", "12000");
        assertValues("plus de 8.000 milliards, 1,000 people, 6,1 % de croissance, 2.5 points", Language.fr,
                "8000", "1000", "6.1", "2.5");
    }

    @Test
    void spelledNumbersAndApproximateNounsWithTheirSpan() {
        String text = "sept des neuf pactes, quatre-vingt-douze pays et une dizaine d'États";
        List<NumberMention> numbers = NumberFinder.find(text, Language.fr);
        assertEquals(List.of("sept", "neuf", "quatre-vingt-douze", "une dizaine"),
                numbers.stream().map(n -> text.substring(n.start(), n.end())).toList());
        assertTrue(numbers.get(3).approximate());
        assertFalse(numbers.get(0).approximate());
    }

    @Test
    void percentagesInSymbolsAndWords() {
        String text = "80 % des recommandations, soit quatre-vingts pour cent; 65 per cent; 12%";
        List<NumberMention> fr = NumberFinder.find(text, Language.fr);
        assertTrue(fr.stream().filter(n -> n.value().intValue() == 80).allMatch(NumberMention::percent));
        assertTrue(NumberFinder.find("65 per cent and 12% of them", Language.en).stream().allMatch(NumberMention::percent));
    }

    @Test
    void theCentOfPourCentIsPartOfThePercentageNotAHundred() {
        assertValues("78 pour cent des recommandations et 2,5 pour cent de croissance", Language.fr, "78", "2.5");
        assertTrue(NumberFinder.find("78 pour cent", Language.fr).get(0).percent());
    }

    @Test
    void runsOfNumberWordsAndOfDigitsOfAnyLengthAreReadInBoundedPieces() {
        // 10,000 number words in a row overflowed the stack of the pattern, which recursed once per word
        List<NumberMention> words = NumberFinder.find("deux trois ".repeat(5_000), Language.fr);
        assertEquals(10_000, words.size(), "« deux trois » is two numbers, each read alone");
        assertEquals(0, new BigDecimal(3).compareTo(words.get(9_999).value()));
        assertValues("7".repeat(100_000) + " pays", Language.fr);
        assertValues("999 999 999 999 999 999 pays, 123456789012345678 personnes", Language.fr, "999999999999999999",
                "123456789012345678");
    }

    @Test
    void ordinalsArticlesAndWordsContainingNumbersAreNotNumbers() {
        assertValues("la 57e session, le 4ᵉ cycle, the 4th cycle, 1er rang, en septembre, une convention, un pays",
                Language.fr);
        assertValues("the sixth of twenty", Language.en, "20");
    }

    @Test
    void thousandsGroupedByThinNarrowAndNoBreakSpaces() {
        assertValues("1\u2009234 pays, 12\u202F500 signatures, 3\u00A0000 rapports", Language.fr, "1234", "12500", "3000");
        assertValues("2\u2009000 delegates and 10 000 visitors", Language.en, "2000", "10000");
    }

    private static void assertValues(String text, Language language, String... values) {
        assertEquals(List.of(values), NumberFinder.find(text, language).stream()
                .map(NumberMention::value).map(BigDecimal::toPlainString).toList(), text);
    }
}
