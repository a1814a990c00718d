package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreatyActionRuleTest {

    @Test
    void aPartyAVerbOfTheActAndTheTreatiesItGoverns() {
        assertActions(ReferenceNames.fr("En juin 2008, le Maroc a ratifié la Convention relative aux droits des personnes "
                + "handicapées et la Convention contre la torture.", "2010"),
                "MAR CRPD ratification 2008-06 stated", "MAR CAT ratification 2008-06 stated");
        assertActions(ReferenceNames.en("Portugal acceded to the Convention on the Rights of the Child in 1990.", null),
                "PRT CRC accession 1990 stated");
        assertActions(ReferenceNames.fr("Le Bénin et le Togo ont signé le Pacte international relatif aux droits civils "
                + "et politiques.", null), "BEN ICCPR signature - -", "TGO ICCPR signature - -");
    }

    @Test
    void passivesAgentsPronounsAndSeveralActsInOneSentence() {
        assertActions(ReferenceNames.fr("La Convention sur l'élimination de toutes les formes de discrimination à l'égard "
                + "des femmes, ratifiée par le Niger en 1999, reste contestée.", null), "NER CEDAW ratification 1999 stated");
        assertActions(ReferenceNames.en("Ireland signed the Optional Protocol to the Convention against Torture in 2007 "
                + "and ratified it on 5 March 2012.", null),
                "IRL OP-CAT signature 2007 stated", "IRL OP-CAT ratification 2012-03-05 stated");
        assertActions(ReferenceNames.en("Chile deposited its instrument of accession to the CEDAW on 7 December 1989.", null),
                "CHL CEDAW accession 1989-12-07 stated");
        assertActions(ReferenceNames.fr("La Slovénie est devenue partie au Pacte international relatif aux droits "
                + "économiques, sociaux et culturels par succession.", null), "SVN ICESCR succession - -");
    }

    @Test
    void aPronounOrACapitalStandsForTheStateOfThePreviousSentence() {
        List<Candidate> found = ReferenceNames.en("Australia presented its report on Monday. Canberra ratified the "
                + "Optional Protocol to the Convention against Torture in December 2017.", "2018-03-02");
        assertActions(found, "AUS OP-CAT ratification 2017-12 stated");
        assertTrue(found.get(0).notes().get(0).contains("Canberra"), found.get(0).notes().toString());
        assertActions(ReferenceNames.fr("Le Sénégal a présenté son rapport. Le pays a ratifié la Convention relative aux "
                + "droits des personnes handicapées en 2010.", null), "SEN CRPD ratification 2010 stated");
    }

    @Test
    void theActAsANounWithItsParty() {
        assertActions(ReferenceNames.en("Viet Nam's ratification of the Convention against Torture in 2015 was welcomed.",
                null), "VNM CAT ratification 2015 stated");
        assertActions(ReferenceNames.fr("Le Maroc a procédé à la ratification de la Convention contre la torture en juin 1993.",
                null), "MAR CAT ratification 1993-06 stated");
        assertActions(ReferenceNames.en("The ratification of the CRPD by Brazil in 2008 was a milestone.", null),
                "BRA CRPD ratification 2008 stated");
        assertActions(ReferenceNames.en("The UN called for the ratification of the CAT by Japan.", null));
        assertActions(ReferenceNames.en("Japan's ratification of the OPCAT is expected next year.", null));
    }

    @Test
    void aDateWithoutYearTakesThePublicationYear() {
        List<Candidate> found = ReferenceNames.fr("Le Gabon a ratifié la Convention contre la torture le 8 septembre.",
                "2020-10-02");
        assertActions(found, "GAB CAT ratification 2020-09-08 inferred");
        assertTrue(found.get(0).claim().citations().get(0).derivation().contains("2020-10-02"));
    }

    @Test
    void plansRefusalsCallsCountsAndCeremoniesAreNotActs() {
        for (String text : List.of(
                "Le Maroc envisage de ratifier la Convention contre la torture.",
                "La Convention contre la torture sera signée par le Maroc l'an prochain.",
                "The Philippines has not ratified the Convention against Torture.",
                "Japan has yet to ratify the OPCAT.",
                "The committee urged Chile to ratify the OPCAT.",
                "Près de 70 pays ont signé la Convention contre la torture.",
                "Les pays qui ont ratifié la Convention contre la torture se réunissent.",
                "Le Vietnam a accueilli la cérémonie de signature de la Convention des Nations Unies contre la cybercriminalité.",
                "La Convention contre la torture a été ratifiée en 2015.")) {
            List<Candidate> found = ReferenceNames.fr(text, "2020");
            assertEquals(List.of(), found.stream().filter(c -> c.claim() instanceof TreatyActionBody).toList(), text);
        }
    }

    private static void assertActions(List<Candidate> found, String... expected) {
        List<String> actions = found.stream().map(Candidate::claim).filter(TreatyActionBody.class::isInstance)
                .map(TreatyActionBody.class::cast)
                .map(a -> a.party() + " " + a.treaty() + " " + a.action() + " " + (a.date() == null ? "-" : a.date()) + " "
                        + (a.dateBasis() == null ? "-" : a.dateBasis()))
                .toList();
        assertEquals(List.of(expected), actions, found.toString());
    }
}
