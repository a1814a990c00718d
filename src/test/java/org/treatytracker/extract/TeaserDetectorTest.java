package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserDetectorTest {

    private static final String BODY = "Le gouvernement a présenté son rapport au Comité des droits de l'enfant. "
            + "Le rapport couvre la période de 2015 à 2020 et décrit les mesures prises dans chaque province du pays, "
            + "notamment en matière d'éducation, de santé et de protection sociale des enfants les plus vulnérables.\n\n"
            + "Le ministre a rappelé les efforts accomplis depuis dix ans et les défis qui restent à relever.\n";

    @Test
    void aHeadingLineStartsABlockThatRunsToTheEnd() {
        for (String heading : List.of("Voir plus", "Lire aussi", "Read more", "Related news", "RELATED", "À lire aussi :")) {
            String text = BODY + "\n" + heading + "\n\nAutre titre sans rapport\n\nUn autre article sur un autre sujet.\n";
            List<TeaserBlock> blocks = TeaserDetector.detect(text);
            assertEquals(1, blocks.size(), heading);
            assertEquals(text.indexOf(heading), blocks.get(0).start(), heading);
            assertEquals(text.length(), blocks.get(0).end());
        }
    }

    @Test
    void aHeadingInsideTheArticleEndsWhereTheArticleGoesOn() {
        String text = "The Assembly elected 15 States to the Human Rights Council on Tuesday.\n\nRELATED:\n\n"
                + "Minister Lashes Out at an Alliance\n\n" + BODY;
        List<TeaserBlock> blocks = TeaserDetector.detect(text);
        assertEquals(1, blocks.size(), blocks.toString());
        assertEquals(text.indexOf("RELATED"), blocks.get(0).start());
        assertEquals(text.indexOf("Alliance") + "Alliance".length(), blocks.get(0).end());
    }

    @Test
    void aLinkLineInsideTheArticleIsATeaserByItself() {
        String text = BODY + "Lire aussi : Le Maroc ratifie la Convention sur les droits de l'enfant\n"
                + "Le texte entrera en vigueur l'an prochain.\n";
        List<TeaserBlock> blocks = TeaserDetector.detect(text);
        assertEquals(1, blocks.size());
        int line = text.indexOf("Lire aussi");
        assertEquals(line, blocks.get(0).start());
        assertEquals(text.indexOf('\n', line), blocks.get(0).end());
    }

    @Test
    void aTrailingListOfDatedHeadlines() {
        String text = BODY + "\nNov 30, 2023 — Zambia joins a treaty\n30/11/2023 - Another headline\n"
                + "Third headline 12:45\n";
        List<TeaserBlock> blocks = TeaserDetector.detect(text);
        assertEquals(1, blocks.size());
        assertEquals(text.indexOf("Nov 30"), blocks.get(0).start());
    }

    @Test
    void whatFollowsTheSignOffWhenOtherArticlesFollow() {
        String text = BODY + "Fin de la dépêche. -VNA\n\nUn premier article sans rapport avec le sujet traité plus haut\n\n"
                + "Un second article sans rapport avec le sujet traité plus haut\n";
        List<TeaserBlock> blocks = TeaserDetector.detect(text);
        assertEquals(1, blocks.size());
        assertEquals(text.indexOf("Un premier"), blocks.get(0).start());
    }

    @Test
    void aPlainArticleHasNone() {
        assertEquals(List.of(), TeaserDetector.detect(BODY + "Source : https://example.org/article\nComment (0)\n"));
        assertTrue(TeaserDetector.detect(BODY + "The related reports were published later.\n").isEmpty());
    }
}
