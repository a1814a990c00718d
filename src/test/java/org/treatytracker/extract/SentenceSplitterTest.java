package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
