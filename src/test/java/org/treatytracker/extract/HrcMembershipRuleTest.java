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

    private static void assertTerms(List<Candidate> found, String... expected) {
        List<String> terms = found.stream().map(Candidate::claim).filter(HrcMembershipBody.class::isInstance)
                .map(HrcMembershipBody.class::cast)
                .map(m -> m.state() + " " + (m.termStart() == null ? "-" : m.termStart() + "-" + m.termEnd()) + " " + m.status())
                .toList();
        assertEquals(List.of(expected), terms, found.toString());
    }
}
