package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenGazetteerTest {

    private final Gazetteer gazetteer = ReferenceNames.gazetteer();

    @Test
    void namesMatchWhateverTheirAccentsApostrophesAndCase() {
        assertCodes("la Convention internationale des droits de l’enfant et la convention contre la torture",
                "CRC", "CAT");
        assertCodes("Viet Nam, le Viêt Nam et le Vietnam", "VNM", "VNM", "VNM");
        assertCodes("la Côte d’Ivoire et les États-Unis", "CIV", "USA");
    }

    @Test
    void theLongestNameWinsAndDerivedShortFormsResolve() {
        assertCodes("le Protocole facultatif se rapportant à la Convention contre la torture et autres peines ou "
                + "traitements cruels, inhumains ou dégradants", "OP-CAT");
        assertCodes("the UN Convention against Cybercrime and the OPCAT", "UN-CYBERCRIME", "OP-CAT");
        assertCodes("la Convention de l'ONU contre la cybercriminalité", "UN-CYBERCRIME");
        assertCodes("la Convention sur les droits des personnes handicapées", "CRPD");
        assertCodes("Nigeria ratified the OPSC and the OPAC", "NGA", "OP-CRC-SC", "OP-CRC-AC");
    }

    @Test
    void acronymsNeedTheirCaseAndStatesACapital() {
        assertCodes("the CAT and the UE", "CAT", "EU");
        assertCodes("a cat in the rue, une ue", new String[0]);
        assertCodes("roast turkey and chad", new String[0]);
        assertCodes("Turkey and Chad", "TUR", "TCD");
    }

    private void assertCodes(String text, String... codes) {
        assertEquals(List.of(codes), gazetteer.find(text).stream().map(NameMention::code).toList(), text);
    }
}
