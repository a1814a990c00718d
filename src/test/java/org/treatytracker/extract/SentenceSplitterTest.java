package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void sentencesKeepOffsetsIntoTheUnalteredText() {
        String text = "M. Guterres a salué le texte. Le taux atteint 6,1 % en 2024… Selon A. Dupont, « c'est historique ». "
                + "Mme Waly l'a dit.\nTitre sans point\n\n  Dernière ligne.  ";
        List<String> sentences = SentenceSplitter.split(text, List.of()).stream().map(s -> s.text(text)).toList();
        assertEquals(List.of("M. Guterres a salué le texte.", "Le taux atteint 6,1 % en 2024…",
                "Selon A. Dupont, « c'est historique ».", "Mme Waly l'a dit.", "Titre sans point", "Dernière ligne."),
                sentences);
    }

    @Test
    void linesArePargraphsAndTeaserBlocksMarkTheirSentences() {
        String text = "Un. Deux.\nTrois.\nQuatre.";
        List<Sentence> sentences = SentenceSplitter.split(text, List.of(new TeaserBlock(text.indexOf("Quatre"), text.length(), "x")));
        assertEquals(List.of(0, 0, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(false, false, false, true), sentences.stream().map(Sentence::teaser).toList());
    }

    @Test
    void aLineWithoutStopsIsCutAtItsLastSpaceBeforeTheLimit() {
        String text = "Le Chili a ratifié la Convention contre la torture en 1988 et " + "puis encore ".repeat(20_000);
        List<Sentence> sentences = SentenceSplitter.split(text, List.of());
        assertTrue(sentences.size() > 100, "cut, not one sentence of " + text.length() + " characters");
        StringBuilder words = new StringBuilder();
        for (Sentence sentence : sentences) {
            assertTrue(sentence.end() - sentence.start() <= SentenceSplitter.MAX_SENTENCE);
            assertTrue(sentence.end() == text.strip().length() + text.indexOf(text.strip())
                    || Character.isWhitespace(text.charAt(sentence.end())), "cut at a space");
            assertEquals(0, sentence.paragraph(), "one line, one paragraph");
            words.append(sentence.text(text)).append(' ');
        }
        assertEquals(text.strip(), words.toString().strip(), "nothing lost, nothing altered");
        assertEquals(1, ReferenceNames.fr(text, null).size(), "a claim in such a line is still found");
    }

    @Test
    void aLineWithoutSpacesIsCutAtTheLimitAndNeverInsideACharacter() {
        String letters = "a".repeat(5_000);
        assertEquals(List.of(2_000, 2_000, 1_000), SentenceSplitter.split(letters, List.of()).stream()
                .map(s -> s.end() - s.start()).toList());
        String emoji = "😀".repeat(3_000);
        for (Sentence sentence : SentenceSplitter.split(emoji, List.of())) {
            assertTrue(sentence.end() - sentence.start() <= SentenceSplitter.MAX_SENTENCE);
            assertTrue(Character.isHighSurrogate(emoji.charAt(sentence.start())), "starts on a whole character");
        }
    }
}
