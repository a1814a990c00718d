package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreatyActionRuleTest {

    @Test
    void aProtocolNotResolvedIsNotTakenForItsParentTreatyByDefault() {
        String text = "Chile ratified the Protocol amending the Convention against Torture on 12 December 2008.";
        List<Candidate> all = ReferenceNames.en(text, "2009");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).weak(), "the protocol is read as its parent treaty: weak, " + all);
        assertTrue(all.get(0).notes().stream().anyMatch(n -> n.contains("Protocol")), all.get(0).notes().toString());
        assertEquals(List.of(), ReferenceNames.confident(Language.en, text, "2009"));
    }

    @Test
    void anAnaphorWithARegionalQualifierIsAnotherTreaty() {
        assertActions(ReferenceNames.fr("Le Chili a ratifié le Deuxième Protocole facultatif se rapportant au Pacte "
                + "international relatif aux droits civils et politiques en 2008. Le Pérou a ratifié le Protocole américain "
                + "en 2010.", null), "CHL ICCPR-OP2 ratification 2008 stated");
        assertActions(ReferenceNames.en("Ghana ratified the Convention against Torture in 2000. Kenya ratified the "
                + "African Convention in 2001.", null), "GHA CAT ratification 2000 stated");
    }

    @Test
    void theNthStateToActAndTheActAsANounAreConfidentWithANamedTreaty() {
        List<Candidate> first = ReferenceNames.en("Ghana became the 30th state to ratify the Convention against Torture.", null);
        assertActions(first, "GHA CAT ratification - -");
        assertEquals(false, first.get(0).weak(), first.toString());
        List<Candidate> noun = ReferenceNames.fr("Le Secrétaire général a reçu l'instrument d'adhésion du Népal à la "
                + "Convention contre la torture.", null);
        assertActions(noun, "NPL CAT accession - -");
        assertEquals(false, noun.get(0).weak(), noun.toString());
    }

    @Test
    void aPronounWithTheStateOfThePreviousSentenceIsConfidentNotOneWithTheArticlesState() {
        List<Candidate> previous = ReferenceNames.fr("Le Ghana a présenté son rapport à Genève. Il a ratifié la "
                + "Convention contre la torture en 2000.", "2010");
        assertEquals(1, previous.size(), previous.toString());
        assertEquals(false, previous.get(0).weak(), previous.toString());
        List<Candidate> dominant = ReferenceNames.fr("Le Ghana a présenté son rapport à Genève. Le ministre a parlé "
                + "longuement de la justice et des prisons. Il a ratifié la Convention contre la torture en 2000.", "2010");
        assertEquals(1, dominant.size(), dominant.toString());
        assertTrue(dominant.get(0).weak(), dominant.toString());
    }

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
    void aDatelineWithItsPlaceDatesTheNewsNotTheAct() {
        assertActions(ReferenceNames.en("New York, 3 March – Chile and Peru have ratified the Convention against Torture.",
                "2011-03-04"), "CHL CAT ratification - -", "PER CAT ratification - -");
        assertActions(ReferenceNames.fr("GENÈVE (3 mars 2011) - Le Chili a ratifié la Convention contre la torture.", null),
                "CHL CAT ratification - -");
    }

    @Test
    void theActWithoutItsDateIsCitedByTheSameActWithOne() {
        List<Candidate> found = ReferenceNames.en("Chile has ratified the Convention against Torture, the minister said. Chile "
                + "ratified the Convention against Torture on 5 March 2012.", null);
        assertActions(found, "CHL CAT ratification 2012-03-05 stated");
        assertEquals(2, found.get(0).claim().citations().size(), found.toString());
    }

    @Test
    void theActAsANounWithItsAgentAfterALongTreatyName() {
        assertActions(ReferenceNames.en("The NGO welcomed the ratification of the Optional Protocol to the International "
                + "Covenant on Economic, Social and Cultural Rights by Chile.", null), "CHL OP-ICESCR ratification - -");
    }

    @Test
    void anOfficialActsForTheState() {
        assertActions(ReferenceNames.en("Chile’s Foreign Minister Ana Pérez and Peru’s Ambassador Luis Soto signed the "
                + "Convention against Torture.", null), "CHL CAT signature - -", "PER CAT signature - -");
        assertActions(ReferenceNames.en("The Convention against Torture drew interest. Kenya's Justice Minister John Mwangi "
                + "ratified the treaty on behalf of his country on 3 May 2011.", null), "KEN CAT ratification 2011-05-03 stated");
    }

    @Test
    void statesCountedThenNamed() {
        assertActions(ReferenceNames.fr("Trois États (le Chili, le Pérou et le Kenya) ont signé la Convention contre la torture.",
                null), "CHL CAT signature - -", "PER CAT signature - -", "KEN CAT signature - -");
        assertActions(ReferenceNames.en("Three countries – Chile, Peru and Kenya – ratified the Convention against Torture.",
                null), "CHL CAT ratification - -", "PER CAT ratification - -", "KEN CAT ratification - -");
        assertActions(ReferenceNames.en("Of the three Andean countries to have signed the Convention against Torture (Chile, "
                + "Peru and Bolivia), only one has ratified it.", null),
                "CHL CAT signature - -", "PER CAT signature - -", "BOL CAT signature - -");
        assertActions(ReferenceNames.en("This week 3 countries signed the Convention against Torture at a ceremony. They are "
                + "Chile, Peru and Kenya.", null), "CHL CAT signature - -", "PER CAT signature - -", "KEN CAT signature - -");
        assertActions(ReferenceNames.en("This week 4 countries signed the Convention against Torture at a ceremony. They are "
                + "Chile, Peru and Kenya.", null));
    }

    @Test
    void theNthStateToAct() {
        assertActions(ReferenceNames.en("Chile became the 30th State to adhere to the Convention against Torture.", null),
                "CHL CAT accession - -");
        assertActions(ReferenceNames.fr("Le Pérou devient ainsi le 12e État à avoir ratifié la Convention contre la torture.",
                null), "PER CAT ratification - -");
    }

    @Test
    void theTreatyStandsForTheProtocolNamedAgainLast() {
        assertActions(ReferenceNames.en("The Optional Protocol to the Convention against Torture was adopted in 2002. It "
                + "strengthens the Convention against Torture. The Protocol also requires visits. The treaty was ratified "
                + "by Chile in 2010.", null), "CHL OP-CAT ratification 2010 stated");
    }

    @Test
    void theDateOfEntryIntoForceIsNotTheDateOfTheAct() {
        assertActions(ReferenceNames.en("Chile’s ratification of the Convention against Torture, the twentieth, brought the "
                + "Convention into force in June 2012.", null), "CHL CAT ratification - -");
        assertActions(ReferenceNames.fr("Le Chili a ratifié la Convention contre la torture, qui est entrée en vigueur le "
                + "3 juin 2012.", null), "CHL CAT ratification - -");
    }

    @Test
    void severalProtocolsOfATreatyAreNotTheTreaty() {
        assertActions(ReferenceNames.en("Chile signed the two Optional Protocols to the Convention on the Rights of the Child.",
                null));
        assertActions(ReferenceNames.fr("Le Pérou a ratifié les deux protocoles facultatifs à la Convention relative aux droits "
                + "de l'enfant.", null));
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
    void aDateHeadingItsLineDatesTheNewsItemNotTheAct() {
        assertActions(ReferenceNames.fr("30/11/2023 — Le Chili a ratifié la Convention contre la torture.\r\n"
                + "Le Pérou a ratifié la Convention contre la torture le 30/11/2023.\n"
                + "  12/10/2022 : le Maroc a ratifié la Convention relative aux droits des personnes handicapées.", null),
                "CHL CAT ratification - -", "PER CAT ratification 2023-11-30 stated", "MAR CRPD ratification - -");
    }

    @Test
    void aProtocolNamedTwiceInARowIsOneObject() {
        // the second name, read back to the first « Protocole », overlaps the first name
        assertActions(ReferenceNames.fr("Le Bénin a ratifié le 8 mars le deuxième Protocole facultatif au PIDCP, "
                + "visant Protocole facultatif au PIDCP, visant à abolir la peine de mort.", "2024-03-14"),
                "BEN ICCPR-OP2 ratification 2024-03-08 inferred");
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
        assertActions(ReferenceNames.en("The Convention against Torture took effect following the accession of Chile and Peru "
                + "on 3 May 2011.", null), "CHL CAT accession 2011-05-03 stated", "PER CAT accession 2011-05-03 stated");
        assertActions(ReferenceNames.fr("L'adhésion de la Tunisie à la Convention contre la torture a été saluée.", null),
                "TUN CAT accession - -");
        assertActions(ReferenceNames.fr("La Convention contre la torture a reçu la ratification du 30e Etat membre, le Chili.",
                null), "CHL CAT ratification - -");
        assertActions(ReferenceNames.en("With the deposit by Chile of the instrument of ratification on 3 May 2011, the "
                + "Convention against Torture gained a party.", null), "CHL CAT ratification 2011-05-03 stated");
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

    @Test
    void severalPartiesSharingOneVerb() {
        assertActions(ReferenceNames.en("Chile, Peru and Bolivia signed the Convention against Torture in 1987.", null),
                "CHL CAT signature 1987 stated", "PER CAT signature 1987 stated", "BOL CAT signature 1987 stated");
        assertActions(ReferenceNames.fr("Le Mali, le Niger et le Tchad ont ratifié la Convention contre la torture en 1999.",
                null), "MLI CAT ratification 1999 stated", "NER CAT ratification 1999 stated", "TCD CAT ratification 1999 stated");
    }

    @Test
    void theTreatyAsTheAntecedentOfARelativeClause() {
        assertActions(ReferenceNames.fr("Le Pérou a réaffirmé son attachement à la Convention contre la torture, qu'il a "
                + "ratifiée en 1988.", null), "PER CAT ratification 1988 stated");
        assertActions(ReferenceNames.fr("Le Ghana a présenté son rapport. Les experts ont salué la Convention relative aux "
                + "droits des personnes handicapées, que le pays a ratifiée en 2012.", null), "GHA CRPD ratification 2012 stated");
        assertActions(ReferenceNames.en("Officials praised the Convention against Torture, which Uruguay ratified in 1986.",
                null), "URY CAT ratification 1986 stated");
        assertActions(ReferenceNames.en("Nepal presented its report. The committee discussed the Convention on the Rights "
                + "of the Child, which it signed in 1990.", null), "NPL CRC signature 1990 stated");
        assertActions(ReferenceNames.en("Chile has yet to ratify the Convention against Torture, which it signed in 1987.",
                null), "CHL CAT signature 1987 stated");
    }

    @Test
    void aDateBetweenTheVerbAndItsPrepositionAndTreatiesJoinedByAinsiQue() {
        assertActions(ReferenceNames.fr("La Croatie a succédé en 1992 au Pacte international relatif aux droits civils et "
                + "politiques ainsi qu'au Pacte international relatif aux droits économiques, sociaux et culturels.", null),
                "HRV ICCPR succession 1992 stated", "HRV ICESCR succession 1992 stated");
        assertActions(ReferenceNames.en("Slovakia succeeded in 1993 to the Convention against Torture.", null),
                "SVK CAT succession 1993 stated");
    }

    @Test
    void acceptanceAndApprovalOfATreatyAsItsDirectObject() {
        assertActions(ReferenceNames.fr("La Finlande a approuvé la Convention contre la torture le 30 août 1989.", null),
                "FIN CAT approval 1989-08-30 stated");
        assertActions(ReferenceNames.fr("En 1997, le Japon a accepté l'amendement à la Convention contre la torture.", null),
                "JPN CAT acceptance 1997 stated");
        assertActions(ReferenceNames.en("Portugal accepted the amendment to the Convention against Torture in 1998.", null),
                "PRT CAT acceptance 1998 stated");
        assertActions(ReferenceNames.en("Germany lodged its instrument of approval of the CEDAW in 1985.", null),
                "DEU CEDAW approval 1985 stated");
        assertActions(ReferenceNames.fr("L'Autriche a déposé son instrument d'acceptation de la Convention contre la torture "
                + "en mars 1990.", null), "AUT CAT acceptance 1990-03 stated");
        for (String text : List.of(
                "Le Maroc a accepté la recommandation de ratifier la Convention contre la torture.",
                "Le Parlement a approuvé la Convention contre la torture.",
                "Le Sénat a approuvé lundi un projet de loi autorisant la ratification de la Convention contre la torture.")) {
            assertActions(ReferenceNames.fr(text, "2020"));
        }
        for (String text : List.of(
                "Brazil accepted 12 recommendations to ratify the Convention against Torture.",
                "The cabinet approved a plan to ratify the Convention against Torture.",
                "Kenya approved the draft bill on the Convention against Torture.")) {
            assertActions(ReferenceNames.en(text, "2020"));
        }
    }

    @Test
    void depositingAnInstrumentInOtherForms() {
        assertActions(ReferenceNames.en("Malta, depositing its instrument of ratification of the CEDAW on 8 March 1991, "
                + "became a party.", null), "MLT CEDAW ratification 1991-03-08 stated");
        assertActions(ReferenceNames.fr("Le Niger a déposé son instrument d'adhésion à la Convention contre la torture en "
                + "1998.", null), "NER CAT accession 1998 stated");
        assertActions(ReferenceNames.fr("En mars 2012, le Pérou a déposé auprès du Secrétaire général le 30e instrument de "
                + "ratification de la Convention contre la torture.", null), "PER CAT ratification 2012-03 stated");
        assertActions(ReferenceNames.en("In 2012, Peru deposited with the Secretary-General the 30th instrument of ratification "
                + "of the Convention against Torture.", null), "PER CAT ratification 2012 stated");
    }

    @Test
    void amongTheSignatories() {
        assertActions(ReferenceNames.en("The Convention against Torture was opened for signature in New York. Ghana and "
                + "Togo were among the first signatories.", null), "GHA CAT signature - -", "TGO CAT signature - -");
        assertActions(ReferenceNames.fr("Le Sénégal figure parmi les premiers signataires de la Convention relative aux "
                + "droits des personnes handicapées.", null), "SEN CRPD signature - -");
        assertActions(ReferenceNames.fr("Le Sénégal ne figure pas parmi les signataires de la Convention contre la torture.",
                null));
        assertActions(ReferenceNames.en("Ghana ratified the Convention against Torture in 2000. Togo was among the "
                + "signatories of the joint letter.", null), "GHA CAT ratification 2000 stated");
    }

    @Test
    void theFirstToActDidAct() {
        assertActions(ReferenceNames.fr("Le Sénégal a été le premier pays à ratifier la Convention relative aux droits des "
                + "personnes handicapées en 2010.", null), "SEN CRPD ratification 2010 stated");
        assertActions(ReferenceNames.en("Ghana was the first country to sign the Convention on the Rights of the Child, on "
                + "29 January 1990.", null), "GHA CRC signature 1990-01-29 stated");
        assertActions(ReferenceNames.fr("La Convention contre la torture a été ouverte à la signature à New York. Le Togo a "
                + "été le premier à y apposer sa signature, le 3 mars 2021.", null), "TGO CAT signature 2021-03-03 stated");
        assertActions(ReferenceNames.fr("Le Togo sera le premier à signer la Convention contre la torture.", null));
        assertActions(ReferenceNames.fr("La Convention contre la torture a été évoquée. Le Togo a été le premier à signer "
                + "la déclaration commune.", null));
        assertActions(ReferenceNames.en("Ghana wants to be the first to ratify the Convention against Torture.", null));
    }

    @Test
    void theProtocolRefersBackToTheProtocolLastNamed() {
        assertActions(ReferenceNames.en("Ireland signed the Optional Protocol to the Convention against Torture in 2007. "
                + "Ireland ratified the protocol in 2015.", null),
                "IRL OP-CAT signature 2007 stated", "IRL OP-CAT ratification 2015 stated");
        assertActions(ReferenceNames.fr("Le Chili a signé le Protocole facultatif se rapportant à la Convention contre la "
                + "torture en 2005. Le Chili a ratifié le protocole en 2008.", null),
                "CHL OP-CAT signature 2005 stated", "CHL OP-CAT ratification 2008 stated");
        assertActions(ReferenceNames.en("Ghana ratified the protocol in 2012.", null));
    }

    @Test
    void theOptionalProtocolToTheConventionIsTheProtocolOfTheTreatyTheAnaphorStandsFor() {
        assertActions(ReferenceNames.en("Peru ratified the Convention on the Rights of Persons with Disabilities. "
                + "Chile signed the Optional Protocol to the Convention.", null),
                "PER CRPD ratification - -", "CHL OP-CRPD signature - -");
        assertActions(ReferenceNames.en("Kenya ratified the Convention against Torture and its Optional Protocol.", null),
                "KEN CAT ratification - -", "KEN OP-CAT ratification - -");
    }

    @Test
    void theLatestOrTheFirstOfARegionToAct() {
        assertActions(ReferenceNames.en("Guyana became the latest country to ratify the Convention against Torture.", null),
                "GUY CAT ratification - -");
        assertActions(ReferenceNames.fr("Le Maroc devient le premier pays d’Afrique du Nord à ratifier la Convention contre "
                + "la torture.", null), "MAR CAT ratification - -");
    }

    @Test
    void theOptionalProtocolToTheUnConventionIsTheProtocol() {
        List<Candidate> found = ReferenceNames.en("Chile ratified the Optional Protocol to the UN Convention against Torture "
                + "on 12 December 2008.", "2009");
        assertActions(found, "CHL OP-CAT ratification 2008-12-12 stated");
        assertEquals(false, found.get(0).weak(), found.toString());
    }

    @Test
    void anAnaphorForTheOnlyTreatyOfItsKindWithADateIsConfident() {
        List<Candidate> sole = ReferenceNames.en("Peru ratified the Convention against Torture in 1988. Chile meanwhile "
                + "ratified the Convention on 30 November.", "2010-12-05");
        assertActions(sole, "PER CAT ratification 1988 stated", "CHL CAT ratification 2010-11-30 inferred");
        assertEquals(List.of(false, false), sole.stream().map(Candidate::weak).toList(), sole.toString());
        // two conventions named: "the Convention" may be either
        List<Candidate> two = ReferenceNames.en("Peru ratified the Convention against Torture and the Convention on the Rights "
                + "of the Child in 1990. Chile ratified the Convention in 1991.", null);
        assertActions(two, "PER CAT ratification 1990 stated", "PER CRC ratification 1990 stated",
                "CHL CRC ratification 1991 stated");
        assertTrue(two.get(2).weak(), two.toString());
        // no date in the act's clause, but no other convention it could be: confident too (35 of 39 right over the sets)
        List<Candidate> undated = ReferenceNames.en("Peru ratified the Convention against Torture in 1988. Chile signed the "
                + "Convention at the ceremony.", null);
        assertActions(undated, "PER CAT ratification 1988 stated", "CHL CAT signature - -");
        assertEquals(false, undated.get(1).weak(), undated.toString());
        // "the treaty" with a convention and a protocol named: either
        List<Candidate> treaty = ReferenceNames.en("Peru ratified the Convention against Torture and the Optional Protocol "
                + "to the Convention on the Rights of the Child in 2001. Chile ratified the treaty in 2003.", null);
        assertTrue(treaty.stream().filter(c -> ((TreatyActionBody) c.claim()).party().equals("CHL")).allMatch(Candidate::weak),
                treaty.toString());
    }

    @Test
    void theUnProtocolForTheOnlyProtocolNamed() {
        List<Candidate> found = ReferenceNames.fr("Le Bénin a ratifié le deuxième Protocole facultatif se rapportant au Pacte "
                + "international relatif aux droits civils et politiques en 2012. Le Togo avait ratifié le Protocole de l’ONU "
                + "en décembre 2010.", null);
        assertActions(found, "BEN ICCPR-OP2 ratification 2012 stated", "TGO ICCPR-OP2 ratification 2010-12 stated");
        assertEquals(false, found.get(1).weak(), found.toString());
    }

    @Test
    void twoVerbsJoinedShareTheirTreatiesAndDate() {
        assertActions(ReferenceNames.fr("L’Angola a signé et ratifié la Convention contre la torture le 5 mars 2013.", null),
                "AGO CAT signature 2013-03-05 stated", "AGO CAT ratification 2013-03-05 stated");
        assertActions(ReferenceNames.en("Kenya signed and then ratified the CEDAW and the CRC in 1990.", null),
                "KEN CEDAW signature 1990 stated", "KEN CRC signature 1990 stated",
                "KEN CEDAW ratification 1990 stated", "KEN CRC ratification 1990 stated");
        // another subject between the verbs: the first verb has no treaty of its own
        assertActions(ReferenceNames.fr("Le Togo a signé et le Bénin a ratifié la Convention contre la torture.", null),
                "BEN CAT ratification - -");
    }

    @Test
    void didSoRepeatsTheActBeforeItForOtherParties() {
        assertActions(ReferenceNames.en("Ecuador ratified the Convention against Torture on 20 October, while Germany and "
                + "Spain did so on 24 September.", "2009-11-20"),
                "ECU CAT ratification 2009-10-20 inferred", "DEU CAT ratification 2009-09-24 inferred",
                "ESP CAT ratification 2009-09-24 inferred");
        assertActions(ReferenceNames.en("Ecuador ratified the Convention against Torture in 2009, but Peru has not done so.",
                null), "ECU CAT ratification 2009 stated");
        assertActions(ReferenceNames.en("Ecuador ratified the Convention against Torture in 2009; Peru said it would do so.",
                null), "ECU CAT ratification 2009 stated");
    }

    @Test
    void aVerbJoinedToTheActBeforeSharesItsSubject() {
        assertActions(ReferenceNames.en("Japan presented its report. It ratified the CEDAW in 1985 and acceded to the "
                + "Convention against Torture in June 1999.", null),
                "JPN CEDAW ratification 1985 stated", "JPN CAT accession 1999-06 stated");
        assertActions(ReferenceNames.en("Japan presented its report. It ratified the CEDAW in 1985 and then acceded to the "
                + "Convention against Torture.", null), "JPN CEDAW ratification 1985 stated", "JPN CAT accession - -");
        // something else between the two: no shared subject
        assertActions(ReferenceNames.en("Japan presented its report. It ratified the CEDAW in 1985 and a neighbour acceded "
                + "to the Convention against Torture in June 1999.", null), "JPN CEDAW ratification 1985 stated");
    }

    @Test
    void theStatesAnOrdinalActCameAfterActedBeforeIt() {
        assertActions(ReferenceNames.fr("Après le Bénin, le Mali et le Sénégal, le Togo est le cinquième pays à ratifier la "
                + "Convention contre la torture, le 3 mai 2010.", "2010-06-17"),
                "BEN CAT ratification - -", "MLI CAT ratification - -", "SEN CAT ratification - -",
                "TGO CAT ratification 2010-05-03 stated");
        assertActions(ReferenceNames.en("Chile became the twentieth State to ratify the Convention against Torture.", null),
                "CHL CAT ratification - -");
    }

    @Test
    void aTreatyNamedByItsAcronymInBracketsAfterAnUnknownForm() {
        assertActions(ReferenceNames.fr("Le Togo a ratifié le Protocole additionnel de l'ONU sur la prévention de la torture "
                + "et autres peines ou traitements cruels (OPCAT), a annoncé la FIACAT.", "2010-06-17"),
                "TGO OP-CAT ratification - -");
    }

    @Test
    void aDatelineClosedByTheAgencyDatesTheDispatchNotTheAct() {
        assertActions(ReferenceNames.fr("Lomé, 17 juin 2010 (Apic) Le Togo a ratifié la Convention contre la torture.",
                "2010-06-17"), "TGO CAT ratification - -");
    }

    @Test
    void everyPartyJoinedToThePassivesAgent() {
        List<Candidate> found = ReferenceNames.fr("La Convention contre la torture a été ratifiée par l'Autriche et l'Ouganda.",
                "2008-10-01");
        assertActions(found, "AUT CAT ratification - -", "UGA CAT ratification - -");
        assertTrue(found.stream().allMatch(Candidate::weak), "a passive stays under the gate: " + found);
    }

    @Test
    void actsCountedThenListedInBrackets() {
        List<Candidate> found = ReferenceNames.fr("La Convention contre la torture a reçu cette année six signatures et trois "
                + "ratifications (Autriche, Nouvelle-Zélande et Ouganda).", "2008-10-01");
        assertActions(found, "AUT CAT ratification 2008 inferred", "NZL CAT ratification 2008 inferred",
                "UGA CAT ratification 2008 inferred");
        assertEquals(List.of(false, false, false), found.stream().filter(c -> c.claim() instanceof TreatyActionBody)
                .map(Candidate::weak).toList());
        assertActions(ReferenceNames.fr("La Convention contre la torture a été signée par deux États (Bulgarie et Grèce).",
                "2008-10-01"), "BGR CAT signature - -", "GRC CAT signature - -");
        // a list of another size than the count is not the count's
        assertActions(ReferenceNames.fr("La Convention contre la torture a reçu trois ratifications (Autriche et Ouganda).",
                "2008-10-01"));
    }

    @Test
    void theShortNamesThePressGivesAndAProtocolBoundByItsPossessive() {
        assertActions(ReferenceNames.en("Peru ratified the Enforced Disappearance Convention on 26 September 2012.", null),
                "PER CPED ratification 2012-09-26 stated");
        assertActions(ReferenceNames.en("Ghana acceded to the Migrant Workers Convention on 7 September 2000.", null),
                "GHA ICMW accession 2000-09-07 stated");
        assertActions(ReferenceNames.en("Mali ratified the CEDAW Optional Protocol on 5 December 2000.", null),
                "MLI OP-CEDAW ratification 2000-12-05 stated");
        List<Candidate> bound = ReferenceNames.en("Nepal signed the Convention against Torture and its Optional Protocol on "
                + "2 April 2019. Chile signed the Convention on the Rights of the Child.", null);
        assertActions(bound, "NPL CAT signature 2019-04-02 stated", "NPL OP-CAT signature 2019-04-02 stated",
                "CHL CRC signature - -");
        assertEquals(false, bound.get(1).weak(), bound.toString());
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
