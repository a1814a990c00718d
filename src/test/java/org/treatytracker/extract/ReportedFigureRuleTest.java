package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedFigureRuleTest {

    @Test
    void countsOfTreatiesAboutAStateAndOfCountriesAboutATreaty() {
        assertFigures(ReferenceNames.fr("Le Cambodge est partie à huit des neuf principaux traités relatifs aux droits de "
                + "l'homme.", "2019"), "KHM 8/9 exact");
        assertFigures(ReferenceNames.en("More than 120 countries have ratified the Convention against Torture.", "2019"),
                "CAT 120 more_than");
        assertFigures(ReferenceNames.fr("La Convention relative aux droits de l'enfant a été ratifiée par près de "
                + "quatre-vingt-dix États dès 1991.", "2019"), "CRC 90 approximate");
        assertFigures(ReferenceNames.en("At least 40 States signed the Convention against Cybercrime on the first day.",
                "2025"), "UN-CYBERCRIME 40 at_least");
        assertFigures(ReferenceNames.en("Argentina has submitted twelve reports to the treaty bodies.", "2019"),
                "ARG 12 exact");
    }

    @Test
    void statesMakingRecommendationsAreAFigureBesideTheReview() {
        List<Candidate> found = ReferenceNames.en("During its UPR, Chile received 266 recommendations from 110 States.", "2019");
        assertFigures(found, "CHL 110 exact");
        assertEquals("states_recommending", UprReviewRuleTest.only(found, ReportedFigureBody.class).metric());
    }

    @Test
    void timeSpentNegotiatingOrCooperatingCounts() {
        assertFigures(ReferenceNames.en("The Convention on the Rights of Persons with Disabilities was agreed after "
                + "some 300 hours of formal negotiations.", "2007"), "CRPD 300 approximate");
        assertFigures(ReferenceNames.fr("Après quarante ans de coopération avec l'ONU, le Mozambique a présenté son bilan.",
                "2015"), "MOZ 40 exact");
        assertFigures(ReferenceNames.en("The Convention against Torture was the first such treaty in more than two decades.",
                "1985"), "CAT 20 more_than");
    }

    @Test
    void ranksLimitsAndOffDomainCountsAreNotFigures() {
        for (String text : List.of(
                "Le Vietnam se classe sixième sur 40 pays pour l'innovation.",
                "Moins de 30 pays ont ratifié la Convention contre la torture.",
                "Le Ghana a installé 1 200 caméras et accueilli 350 délégués.",
                "Le Pérou a créé ces 12 commissions régionales.",
                "La croissance du Chili atteindra 6 % en 2025.",
                "La Convention contre la torture entrera en vigueur après 20 ratifications.")) {
            assertFigures(ReferenceNames.fr(text, "2020"));
        }
    }

    @Test
    void aConditionOfEntryIntoForceAStateAmongAGroupAndASpacedDashListAreNotFigures() {
        assertFigures(ReferenceNames.en("The Convention against Torture comes into force thirty days after it has been "
                + "ratified by 20 states.", "1987"));
        assertFigures(ReferenceNames.fr("La Convention relative aux droits de l'enfant entrera en vigueur lorsque "
                + "vingt pays l'auront ratifiée.", "1990"));
        assertFigures(ReferenceNames.en("Chile is among the 30 countries that pledged to cut emissions this year.", "2020"));
        assertFigures(ReferenceNames.fr("Le Pérou fait partie des 12 pays qui ont présenté un plan national.", "2020"));
        assertFigures(ReferenceNames.en("Three countries - Chile, Peru and Ghana - ratified the Convention against "
                + "Torture on Monday.", "2020"));
        // still a count: the number of parties the treaty has, with no condition and no group
        assertFigures(ReferenceNames.en("The Convention against Torture has been ratified by 20 states since it came "
                + "into force.", "1990"), "CAT 20 exact");
    }

    @Test
    void theTotalAnActBringsTheTreatyToInEitherOrderAndASecondTotalJoinedToIt() {
        assertFigures(ReferenceNames.fr("Le Ghana a ratifié la Convention contre la torture, ce qui porte le nombre de "
                + "ses États parties à 150 et le nombre de ses signataires à 80.", "2010"), "CAT 150 exact", "CAT 80 exact");
        assertFigures(ReferenceNames.fr("Le Népal a adhéré à la Convention relative aux droits de l'enfant, ce qui porte "
                + "à 190 le nombre d'États parties à ce traité.", "2010"), "CRC 190 exact");
        assertFigures(ReferenceNames.en("Kenya ratified the Convention against Torture, taking the total number of "
                + "ratifications up to 151.", "2010"), "CAT 151 exact");
        // "and the number of" without an act bringing it there is not a total
        assertFigures(ReferenceNames.fr("La Convention contre la torture et le nombre de ses signataires à 80 sont cités.",
                "2010"));
    }

    @Test
    void upToFourWordsBetweenAnEnglishNumberAndItsNoun() {
        assertFigures(ReferenceNames.en("Peru is party to eight of the nine core international human rights treaties.", null),
                "PER 8/9 exact");
        assertFigures(ReferenceNames.en("Ghana has ratified six of the nine main UN human rights treaties.", null),
                "GHA 6/9 exact");
    }

    @Test
    void theCountryOfTheSentenceBeforeIsTheOneThePageIsAbout() {
        assertFigures(ReferenceNames.fr("Le Portugal présente son rapport. Le Portugal a rappelé sa coopération avec "
                + "l'Espagne. Le pays est partie à sept des neuf principaux traités.", null), "PRT 7/9 exact");
        assertFigures(ReferenceNames.en("Austria presented its report. Austria recalled its talks with Germany. The country "
                + "is party to eight of the nine core treaties.", null), "AUT 8/9 exact");
        assertFigures(ReferenceNames.en("Austria presented its report. Germany is a neighbour. The country is party to eight "
                + "of the nine core treaties.", null), "DEU 8/9 exact");
    }

    @Test
    void aTotalTheActBringsTheTreatyToIsAFigureTheStatesOfTheEventAreNot() {
        assertFigures(ReferenceNames.en("Nine more countries signed the Convention against Torture this week, bringing the "
                + "number of signatories to 83.", "2019"), "CAT 83 exact");
        assertFigures(ReferenceNames.en("Four countries – Chile, Peru, Kenya and Japan – ratified the Convention against "
                + "Torture.", "2019"));
    }

    @Test
    void countriesCountedInAnElectionOrAsAGroupAStateBelongsToAreNotFigures() {
        assertFigures(ReferenceNames.en("The Assembly elected 18 States to the Human Rights Council.", null));
        assertFigures(ReferenceNames.en("Candidates from 12 countries ran for five seats, and Chile won one.", null));
        assertFigures(ReferenceNames.en("The working group looked at 14 countries, including Chile.", null));
        assertFigures(ReferenceNames.en("Chile said that only four Andean countries have signed it.", null));
        assertFigures(ReferenceNames.fr("En 2019, 90 États ont formulé 200 recommandations au Togo.", null), "TGO 90 exact");
        assertFigures(ReferenceNames.en("Five countries commit to ratification of the Convention against Torture.", null));
        assertFigures(ReferenceNames.fr("Cinq pays s'engagent à ratifier la Convention contre la torture.", null));
        // acts that must, will or would happen: a condition or an intention, not a count
        assertFigures(ReferenceNames.fr("Vingt pays doivent ratifier la Convention contre la torture.", null));
        assertFigures(ReferenceNames.fr("Plus de 50 pays ont indiqué qu'ils signeraient la Convention contre la torture.", null));
        assertFigures(ReferenceNames.en("Twenty countries will ratify the Convention against Torture.", null));
        assertFigures(ReferenceNames.en("Twenty countries have ratified the Convention against Torture.", null), "CAT 20 exact");
    }

    @Test
    void statesActingOnAPronounAreCountedAboutTheTreatyNamedBefore() {
        assertFigures(ReferenceNames.fr("La Convention contre la torture est ancienne. Pourtant, seuls 60 Etats l'ont ratifiée.",
                null), "CAT 60 exact");
        assertFigures(ReferenceNames.en("The Convention against Torture was adopted long ago. 30 States have signed but not "
                + "ratified it.", null), "CAT 30 exact");
    }

    @Test
    void aProtocolNamedByItsSubjectAlone() {
        assertFigures(ReferenceNames.en("The Optional Protocol on the Sale of Children, Child Prostitution and Child "
                + "Pornography has been ratified by 150 States.", null),
                "OP-CRC-SC 150 exact");
        assertFigures(ReferenceNames.fr("Le Protocole facultatif concernant l'implication d'enfants dans les conflits armés a "
                + "été ratifié par 150 États.", null), "OP-CRC-AC 150 exact");
    }

    @Test
    void statesActingOnATreatyTheTextDoesNotNameAreNotCountedAboutAnother() {
        assertFigures(ReferenceNames.fr("Le Pacte international relatif aux droits civils et politiques est cité, mais 80 États "
                + "ont ratifié le Protocole régional.", null));
    }

    @Test
    void theTreatyTheCountedStatesActedOnIsTheSubject() {
        assertFigures(ReferenceNames.fr("En 2020, 90 États sur les 170 États parties au Pacte international relatif aux droits "
                + "civils et politiques ont ratifié le deuxième Protocole facultatif se rapportant au Pacte international "
                + "relatif aux droits civils et politiques.", null),
                "ICCPR-OP2 90/170 exact");
    }

    @Test
    void treatiesNamedAfterTheirCountAreNotCounted() {
        assertFigures(ReferenceNames.fr("Le Tchad a adhéré aux deux protocoles facultatifs du Pacte international relatif aux "
                + "droits civils et politiques.", null));
        assertFigures(ReferenceNames.en("Chile signed the two Optional Protocols to the Convention on the Rights of the Child.",
                null));
    }

    @Test
    void aSubjectNamedInTheSentenceBeforeCountsOnlyThroughAnAnaphor() {
        List<Candidate> anaphor = ReferenceNames.en("The Convention against Torture is old. 81 countries have ratified the "
                + "Convention.", null);
        assertFigures(anaphor, "CAT 81 exact");
        assertEquals(false, anaphor.get(0).weak(), anaphor.toString());
        List<Candidate> named = ReferenceNames.en("Last year the Convention against Torture had 4 ratifications. "
                + "There were 3 ratifications.", null);
        assertEquals(List.of(true), named.stream().filter(c -> ((ReportedFigureBody) c.claim()).value().intValue() == 3)
                .map(Candidate::weak).toList(), named.toString());
    }

    @Test
    void statesCountedThenNamedInBracketsAreTheActsNotAFigure() {
        assertFigures(ReferenceNames.en("Of the four Arab countries to have signed the Convention against Torture (Algeria, "
                + "Lebanon, Morocco and Tunisia), none has ratified it.", null));
        assertFigures(ReferenceNames.en("Four countries have signed the Convention against Torture (among them Algeria).", null),
                "CAT 4 exact");
    }

    @Test
    void theSizeOfABodyIsNoFigureButItsMembersActsAre() {
        assertFigures(ReferenceNames.fr("L'EPU examine la situation des droits de l'homme dans les 193 États membres des Nations "
                + "Unies.", null));
        assertFigures(ReferenceNames.fr("La Convention contre la torture a été ratifiée par 160 États membres des Nations Unies.",
                null), "CAT 160 exact");
    }

    private static void assertFigures(List<Candidate> found, String... expected) {
        List<String> figures = found.stream().map(Candidate::claim).filter(ReportedFigureBody.class::isInstance)
                .map(ReportedFigureBody.class::cast)
                .map(f -> f.subject() + " " + f.value().toPlainString() + (f.outOf() == null ? "" : "/" + f.outOf().toPlainString())
                        + " " + f.qualifier())
                .toList();
        assertEquals(List.of(expected), figures, found.toString());
    }
}
