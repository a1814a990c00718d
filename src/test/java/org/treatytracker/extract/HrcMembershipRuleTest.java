package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HrcMembershipRuleTest {

    @Test
    void membershipAndCandidacyByTheWordNearestTheTerm() {
        assertTerms(ReferenceNames.fr("Le Maroc, élu au Conseil des droits de l'homme pour 2023-2025, brigue un nouveau "
                + "mandat au Conseil pour 2026-2028.", null), "MAR 2023-2025 member", "MAR 2026-2028 candidate");
        assertTerms(ReferenceNames.en("Chile won a seat on the Human Rights Council for the 2026–2028 term.", null),
                "CHL 2026-2028 member");
        assertTerms(ReferenceNames.en("Kenya announced its candidacy for membership of the Human Rights Council for 2025-27.",
                null), "KEN 2025-2027 candidate");
        assertTerms(ReferenceNames.fr("Le Bénin siège au CDH de 2024 à 2026.", null), "BEN 2024-2026 member");
    }

    @Test
    void aTermStartingOnTheFirstOfJanuaryIsAThreeYearTerm() {
        assertTerms(ReferenceNames.fr("Le Ghana siégera au Conseil des droits de l'homme à compter du 1er janvier 2031.", null),
                "GHA 2031-2033 member");
        assertTerms(ReferenceNames.en("Peru was elected to the Human Rights Council for a period of three years beginning "
                + "January 1, 2030.", null), "PER 2030-2032 member");
        List<Candidate> listed = ReferenceNames.fr("L'Assemblée générale a élu jeudi cinq États qui siégeront au Conseil "
                + "des droits de l'homme à partir du 1er janvier 2032. Ces cinq pays sont le Chili, le Ghana, le Népal, "
                + "la Norvège et le Pérou.", null);
        assertTerms(listed, "CHL 2032-2034 member", "GHA 2032-2034 member", "NPL 2032-2034 member",
                "NOR 2032-2034 member", "PER 2032-2034 member");
        listed.forEach(c -> assertEquals(false, c.weak(), "a list with its term found is confident: " + c));
        // another day than the first of January is not a Council term's start
        assertTerms(ReferenceNames.fr("Le Ghana siégera au Conseil des droits de l'homme à compter du 3 mars 2031.", null),
                "GHA - member");
    }

    @Test
    void aListWithoutATermIsConfidentOnlyWhenNoYearIsWrittenNearIt() {
        List<Candidate> noYear = ReferenceNames.en("The outgoing members of the Human Rights Council were Chile, Ghana, "
                + "Nepal and Norway.", null);
        assertTerms(noYear, "CHL - member", "GHA - member", "NPL - member", "NOR - member");
        noYear.forEach(c -> assertEquals(false, c.weak(), c.toString()));
        List<Candidate> aYear = ReferenceNames.en("The Assembly voted on 14 October 2031 for the Human Rights Council. "
                + "The members elected to the Human Rights Council were Chile, Ghana, Nepal and Norway.", null);
        assertTerms(aYear, "CHL - member", "GHA - member", "NPL - member", "NOR - member");
        aYear.forEach(c -> assertEquals(true, c.weak(), "a year is written nearby, and may be the unread term: " + c));
    }

    @Test
    void twoTermsJoinedInOneClauseAreTwoMemberships() {
        assertTerms(ReferenceNames.en("Ghana had previously been elected to the Human Rights Council for the 2006-2009 "
                + "and 2009-2012 terms.", null), "GHA 2006-2009 member", "GHA 2009-2012 member");
        assertTerms(ReferenceNames.fr("Le Pérou a été élu au Conseil des droits de l'homme pour 2006-2008 et 2008-2011.",
                null), "PER 2006-2008 member", "PER 2008-2011 member");
    }

    @Test
    void aTermGivenByAnaphoraOrNotAtAll() {
        assertTerms(ReferenceNames.fr("Le Japon a été élu au Conseil des droits de l'homme pour 2023-2025. Le Malawi a lui "
                + "aussi été élu membre du Conseil des droits de l'homme pour la même période.", null),
                "JPN 2023-2025 member", "MWI 2023-2025 member");
        assertTerms(ReferenceNames.en("Ghana takes part in the debates as a member of the Human Rights Council.", null),
                "GHA - member");
    }

    @Test
    void aVaguerMentionOfAStatedTermIsOneMoreCitationOfIt() {
        List<Candidate> found = ReferenceNames.fr("Le Mexique est membre du Conseil des droits de l'homme pour 2024-2026. "
                + "En tant que membre du Conseil des droits de l'homme, il défend les droits des migrants.", null);
        assertTerms(found, "MEX 2024-2026 member");
        assertEquals(2, found.get(0).claim().citations().size());
    }

    @Test
    void otherCouncilsAndTermsAreNotHumanRightsCouncilTerms() {
        assertTerms(ReferenceNames.fr("Le Japon est membre du Conseil de sécurité pour 2023-2024.", null));
        assertTerms(ReferenceNames.en("Brazil's plan for 2024-2027 was presented to the Human Rights Council.", null));
    }

    @Test
    void severalStatesSharingOnePredicate() {
        assertTerms(ReferenceNames.fr("L'Autriche et la Grèce ont été élues au Conseil des droits de l'homme pour 2025-2027.",
                null), "AUT 2025-2027 member", "GRC 2025-2027 member");
        assertTerms(ReferenceNames.en("Chile, Peru and Bolivia won seats on the Human Rights Council for 2026-2028.", null),
                "CHL 2026-2028 member", "PER 2026-2028 member", "BOL 2026-2028 member");
        assertTerms(ReferenceNames.fr("Le Japon a été élu au Conseil des droits de l'homme pour 2024-2026, tout comme le Ghana.",
                null), "JPN 2024-2026 member", "GHA 2024-2026 member");
        assertTerms(ReferenceNames.en("Malawi was elected to the Human Rights Council for 2024-2026, as were Ghana and Kenya.",
                null), "MWI 2024-2026 member", "GHA 2024-2026 member", "KEN 2024-2026 member");
    }

    @Test
    void theSamePeriodWithoutTheCouncilNamedAgain() {
        assertTerms(ReferenceNames.fr("Le Mexique a été élu au Conseil des droits de l'homme pour 2024-2026. Le Ghana et le "
                + "Kenya ont aussi obtenu un siège pour la même période.", null),
                "MEX 2024-2026 member", "GHA 2024-2026 member", "KEN 2024-2026 member");
        assertTerms(ReferenceNames.en("Brazil was elected to the Human Rights Council for 2024-2026. Peru and Chile also won "
                + "seats for the same period.", null), "BRA 2024-2026 member", "PER 2024-2026 member", "CHL 2024-2026 member");
        assertTerms(ReferenceNames.en("Brazil presented its plan for 2024-2026. Peru and Chile also won seats for the same "
                + "period.", null));
    }

    @Test
    void aTermTheStateHoldsNamedByItsNoun() {
        assertTerms(ReferenceNames.en("Thailand is seeking a seat on the Human Rights Council for 2026-2028, as its "
                + "2023-2025 term ends.", null), "THA 2026-2028 candidate", "THA 2023-2025 member");
        assertTerms(ReferenceNames.en("Viet Nam is running for the Human Rights Council in 2026-2028 while its "
                + "current 2023-2025 membership continues.", null), "VNM 2026-2028 candidate", "VNM 2023-2025 member");
        assertTerms(ReferenceNames.fr("Le Chili, qui achève son mandat 2023-2025 au Conseil des droits de l'homme, a "
                + "présenté son bilan.", null), "CHL 2023-2025 member");
        assertTerms(ReferenceNames.en("Ghana discussed the 2026-2028 term of the Human Rights Council.", null));
    }

    @Test
    void aStateWhoseRelativeClauseSaysItBid() {
        assertTerms(ReferenceNames.en("Peru won a seat on the Human Rights Council for 2026-2028, ahead of Ecuador, which "
                + "sought a seat too.", null), "PER 2026-2028 member", "ECU 2026-2028 candidate");
        assertTerms(ReferenceNames.fr("Le Ghana a été élu au Conseil des droits de l'homme pour 2024-2026, au détriment du "
                + "Gabon, qui était candidat.", null), "GHA 2024-2026 member", "GAB 2024-2026 candidate");
        assertTerms(ReferenceNames.en("Peru won a seat on the Human Rights Council for 2026-2028, while Ecuador, which "
                + "praised the vote, abstained.", null), "PER 2026-2028 member");
    }

    @Test
    void aThreeYearTermFromAStartingDate() {
        assertTerms(ReferenceNames.fr("Le Bénin a été élu au Conseil des droits de l'homme pour un mandat de trois ans à "
                + "compter du 1er janvier 2026.", null), "BEN 2026-2028 member");
        assertTerms(ReferenceNames.en("Ghana was re-elected to the Human Rights Council for a three-year term starting on "
                + "1 January 2025.", null), "GHA 2025-2027 member");
        assertTerms(ReferenceNames.fr("La Zambie a été réélue au Conseil des droits de l'homme pour un mandat de trois ans "
                + "à partir de 2027.", null), "ZMB 2027-2029 member");
    }

    @Test
    void anElectionThatListsItsStatesGivesOneClaimEach() {
        assertTerms(ReferenceNames.en("The General Assembly elected four States to the Human Rights Council. Those elected "
                + "were Chile, Peru, Kenya and Japan. They will serve three-year terms beginning on 1 January 2027.", null),
                "CHL 2027-2029 member", "PER 2027-2029 member", "KEN 2027-2029 member", "JPN 2027-2029 member");
        assertTerms(ReferenceNames.fr("Le Conseil des droits de l'homme accueille de nouveaux membres. Il s'agit du Bénin, "
                + "de la Grèce (pour l'Europe) et du Mexique, élus pour un mandat de trois ans débutant au 1er janvier 2025.",
                null), "BEN 2025-2027 member", "GRC 2025-2027 member", "MEX 2025-2027 member");
        assertTerms(ReferenceNames.en("At the Human Rights Council vote, Chile, Peru and Bolivia saw their candidacies rejected.",
                null), "CHL - candidate", "PER - candidate", "BOL - candidate");
    }

    @Test
    void aTermGivenToTheElectedAsAGroupBeforeTheirList() {
        assertTerms(ReferenceNames.fr("L'Assemblée a élu quatre membres du Conseil des droits de l'homme. Les nouveaux membres "
                + "siégeront pour un mandat de trois ans, prenant effet le 1er juillet 2027.\n\nLes pays élus sont: le Chili, le "
                + "Pérou, le Kenya et le Japon.", null),
                "CHL 2027-2030 member", "PER 2027-2030 member", "KEN 2027-2030 member", "JPN 2027-2030 member");
        assertTerms(ReferenceNames.en("The Assembly elected three members of the Human Rights Council. The new members will "
                + "serve a three-year term beginning on 1 January 2027. The States elected were Chile, Peru and Kenya.", null),
                "CHL 2027-2029 member", "PER 2027-2029 member", "KEN 2027-2029 member");
    }

    @Test
    void statesThatWillSitOnTheCouncil() {
        assertTerms(ReferenceNames.fr("Le Chili, le Pérou et le Kenya siégeront désormais au Conseil des droits de l'homme.",
                null), "CHL - member", "PER - member", "KEN - member");
    }

    @Test
    void aListOfStatesElectedToAnotherBodyIsNotACouncilTerm() {
        assertTerms(ReferenceNames.en("After the Human Rights Council debate, the Assembly elected Chile, Peru and Kenya to "
                + "the Security Council for 2027-2028.", null));
    }

    @Test
    void theOneTermOfTheElectionIsCarriedToTheStatesNamedLater() {
        List<Candidate> found = ReferenceNames.en("The General Assembly elected 14 members to the Human Rights Council on "
                + "Friday; their terms will begin on January 1, 2032. Among the states elected were Chile, Peru and Kenya. "
                + "The bids of Norway, Japan and Ghana were rejected. The outgoing members were Benin, Greece and Mexico.",
                "2031-10-17");
        assertTerms(found, "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 member",
                "NOR 2032-2034 candidate", "JPN 2032-2034 candidate", "GHA 2032-2034 candidate",
                "BEN - member", "GRC - member", "MEX - member");
        assertTerms(ReferenceNames.fr("L'Assemblée générale a élu vendredi 14 membres au Conseil des droits de l'Homme pour un "
                + "mandat de trois années qui prendra effet en janvier 2032. Parmi les pays élus figurent le Chili, le Pérou et "
                + "le Kenya.", "2031-10-17"), "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 member");
    }

    @Test
    void theElectionTermReachesStatesNamedAloneOrInPairsAndFailedBids() {
        List<Candidate> found = ReferenceNames.fr("Le Chili et le Pérou ont été élus au Conseil des droits de l'homme mardi. "
                + "Le Kenya n'a pas obtenu de siège au Conseil des droits de l'homme. Les nouveaux membres commenceront leur "
                + "mandat le 1er janvier 2032.", "2031-10-14");
        assertTerms(found, "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 candidate");
        // another year in the sentence: an earlier seat, not this election
        assertTerms(ReferenceNames.fr("Le Chili a été élu au Conseil des droits de l'homme en 2016. Les nouveaux membres "
                + "commenceront leur mandat le 1er janvier 2032.", "2031-10-14"), "CHL - member");
    }

    @Test
    void statesLeavingTheCouncilAndHypotheticalListsGetNoElectionTerm() {
        assertTerms(ReferenceNames.en("The Assembly elected Chile, Peru and Kenya to the Human Rights Council for 2032-2034. "
                + "Three States will leave the Human Rights Council at the end of the year: Norway, Japan and Ghana.",
                "2031-10-14"), "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 member",
                "NOR - member", "JPN - member", "GHA - member");
        assertTerms(ReferenceNames.fr("Le Chili a été élu au Conseil des droits de l'homme pour 2032-2034. S'il y avait eu des "
                + "candidats supplémentaires, la Norvège, le Japon et le Ghana auraient perdu.", "2031-10-14"),
                "CHL 2032-2034 member");
    }

    @Test
    void aListWithEachStatesVotes() {
        assertTerms(ReferenceNames.fr("Au Conseil des droits de l'homme, le Sénégal avec 188 voix ; l'Angola, 187 ; le Nigéria, "
                + "185 ; et le Kenya, 151, entrent ainsi au Conseil pour 2032-2034.", "2031-10-17"),
                "SEN 2032-2034 member", "AGO 2032-2034 member", "NGA 2032-2034 member", "KEN 2032-2034 member");
    }

    @Test
    void outgoingMembersAreConfidentWithoutATermEvenWithAYearNear() {
        List<Candidate> found = ReferenceNames.en("The Assembly voted on 14 October 2031 for the Human Rights Council. The "
                + "outgoing members of the Human Rights Council were Chile, Ghana and Nepal.", null);
        assertTerms(found, "CHL - member", "GHA - member", "NPL - member");
        found.forEach(c -> assertEquals(false, c.weak(), c.toString()));
    }

    @Test
    void aListFarFromTheCouncilsNameOnAPageOfOneCouncilElection() {
        String far = " The vote was secret. The Assembly met for three hours. Delegates spoke at length. The results came late.";
        assertTerms(ReferenceNames.en("The Assembly elected 15 members of the Human Rights Council." + far
                + " Chile, Costa Rica and Peru were elected as part of the Latin American group.", null),
                "CHL - member", "CRI - member", "PER - member");
        // another body named on the page: the far list may be its election
        assertEquals(List.of(), ReferenceNames.en("The Assembly elected 15 members of the Human Rights Council and of a "
                + "committee." + far + " Chile, Costa Rica and Peru were elected as part of the Latin American group.", null)
                .stream().filter(c -> c.rule().equals("hrc.elected-list")).toList());
    }

    @Test
    void aTermBeginningOnJanFirstAbbreviatedIsThreeYears() {
        assertTerms(ReferenceNames.en("Chile, Peru and Kenya were elected to the Human Rights Council for a three-year term "
                + "beginning on Jan. 1, 2032.", "2031-10-14"), "CHL 2032-2034 member", "PER 2032-2034 member",
                "KEN 2032-2034 member");
    }

    @Test
    void aBidTheStateWonIsNotProposedBesideItsMembership() {
        assertTerms(ReferenceNames.en("The Asia-Pacific states had three candidates for the Human Rights Council - China, Japan "
                + "and Iraq. China and Japan were elected to the Human Rights Council for 2032-2034. Human Rights Council "
                + "members shall serve for three years, beginning January 1, 2032.", "2031-10-14"),
                "IRQ 2032-2034 candidate", "CHN 2032-2034 member", "JPN 2032-2034 member");
    }

    @Test
    void statesElectedOrFailingInASentenceThatDoesNotNameTheCouncil() {
        assertTerms(ReferenceNames.en("The Assembly elected 14 members of the Human Rights Council for three-year terms "
                + "beginning on 1 January 2032. Chile and Peru were elected. Russia lost its bid.", "2031-10-14"),
                "CHL 2032-2034 member", "PER 2032-2034 member", "RUS 2032-2034 candidate");
    }

    @Test
    void aTermStartingOnJanuaryFirstWithoutItsYearStartsTheNextJanuary() {
        assertTerms(ReferenceNames.en("The countries elected to serve a three-year term on the Human Rights Council, starting on "
                + "January 1, include Chile, Peru and Kenya.", "2031-10-11"),
                "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 member");
        assertTerms(ReferenceNames.en("The countries elected to serve a three-year term on the Human Rights Council, starting on "
                + "January 1, include Chile, Peru and Kenya.", null), "CHL - member", "PER - member", "KEN - member");
        assertTerms(ReferenceNames.fr("L'Assemblée a élu les 15 membres du Conseil des droits de l'homme, pour un mandat de trois "
                + "ans à compter du 1er janvier prochain. Il s'agit du Chili, du Pérou et du Kenya.", "2031-10-14"),
                "CHL 2032-2034 member", "PER 2032-2034 member", "KEN 2032-2034 member");
    }

    @Test
    void aPageNamingTwoTermsOrOnlyPastOnesCarriesNone() {
        assertTerms(ReferenceNames.en("Chile was elected to the Human Rights Council for 2032-2034 and Peru is a candidate "
                + "for 2033-2035. Among the states elected were Norway, Japan and Ghana.", null),
                "CHL 2032-2034 member", "PER 2033-2035 candidate", "NOR - member", "JPN - member", "GHA - member");
        assertTerms(ReferenceNames.en("Chile was a member of the Human Rights Council for 2011-2013. Among the states "
                + "elected on Friday were Norway, Japan and Ghana.", "2031-10-17"),
                "CHL 2011-2013 member", "NOR - member", "JPN - member", "GHA - member");
    }

    @Test
    void aListRunsOnAcrossTheRegionalGroupsItNames() {
        assertTerms(ReferenceNames.en("Also elected to the Human Rights Council were Chile and Peru from Latin America and the "
                + "Caribbean; Norway and Greece for the Western European and Others Group; Ghana from Africa.", null),
                "CHL - member", "PER - member", "NOR - member", "GRC - member", "GHA - member");
    }

    @Test
    void aTermWrittenWithAZeroBeforeTheDayOrByItsFirstAndLastDays() {
        assertTerms(ReferenceNames.en("Chile was elected to the Human Rights Council for a three year term beginning on "
                + "January 01, 2031.", null), "CHL 2031-2033 member");
        assertTerms(ReferenceNames.fr("Le Chili, le Ghana et le Népal ont été élus au Conseil des droits de l'homme pour un "
                + "mandat allant du 1er janvier 2032 au 31 décembre 2034.", null),
                "CHL 2032-2034 member", "GHA 2032-2034 member", "NPL 2032-2034 member");
    }

    @Test
    void aTermsStartWithoutItsYearIsTheFirstSuchDayAfterPublication() {
        // the Council's first terms began on 19 June: from a day after 1 January a term ends in the third year
        assertTerms(ReferenceNames.en("The General Assembly today elected Chile, Ghana and Nepal to the Human Rights Council. "
                + "All members elected today will begin their terms on 19 June.", "2031-05-12"),
                "CHL 2031-2034 member", "GHA 2031-2034 member", "NPL 2031-2034 member");
        assertTerms(ReferenceNames.en("The General Assembly today elected Chile, Ghana and Nepal to serve on the Human Rights "
                + "Council for three-year terms starting next month.", "2031-12-02"),
                "CHL 2032-2034 member", "GHA 2032-2034 member", "NPL 2032-2034 member");
        // a day that is not said of a term may be a session's
        assertTerms(ReferenceNames.en("The General Assembly today elected Chile, Ghana and Nepal to the Human Rights Council. "
                + "The members meet from 19 June.", "2031-05-12"), "CHL - member", "GHA - member", "NPL - member");
    }

    @Test
    void statesNotReElectedAreCandidatesForTheElectionsTerm() {
        assertTerms(ReferenceNames.fr("Le Chili, le Ghana et le Népal ont été élus au Conseil des droits de l'homme pour un "
                + "mandat de trois ans à compter du 1er janvier 2032. Avec 120 voix, la Norvège et le Pérou n'ont pas été "
                + "réélus.", "2031-10-14"), "CHL 2032-2034 member", "GHA 2032-2034 member", "NPL 2032-2034 member",
                "NOR 2032-2034 candidate", "PER 2032-2034 candidate");
    }

    @Test
    void statesWhoseReportsTheWorkingGroupAdoptedAreNotElected() {
        assertTerms(ReferenceNames.en("The Human Rights Council's Working Group adopted today the reports on Chile, Ghana and "
                + "Nepal. All reports were presented by groups of three Council members.", null));
    }

    @Test
    void theCommissionOnHumanRightsIsNotAnotherElectedBody() {
        assertTerms(ReferenceNames.en("The General Assembly today elected Chile, Ghana and Nepal to the Human Rights Council "
                + "for terms beginning on 1 January 2032. The Council replaced the Human Rights Commission in 2006. The "
                + "Assembly also re-elected Norway, Peru and the US.", "2031-10-14"),
                "CHL 2032-2034 member", "GHA 2032-2034 member", "NPL 2032-2034 member",
                "NOR 2032-2034 member", "PER 2032-2034 member", "USA 2032-2034 member");
    }

    private static void assertTerms(List<Candidate> found, String... expected) {
        List<String> terms = found.stream().map(Candidate::claim).filter(HrcMembershipBody.class::isInstance)
                .map(HrcMembershipBody.class::cast)
                .map(m -> m.state() + " " + (m.termStart() == null ? "-" : m.termStart() + "-" + m.termEnd()) + " " + m.status())
                .toList();
        assertEquals(List.of(expected), terms, found.toString());
    }
}
