package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UprReviewRuleTest {

    @Test
    void partsOfAWholeInFrenchAndEnglish() {
        assertReview(ReferenceNames.fr("Lors de son EPU, le Sénégal a accepté 150 des 200 recommandations formulées.", "2019"),
                "SEN", 200, 150, null, "upr.accepted-of-total");
        assertReview(ReferenceNames.en("At its Universal Periodic Review, Norway accepted 241 out of 291 recommendations.", "2020"),
                "NOR", 291, 241, null, "upr.accepted-of-total");
        assertReview(ReferenceNames.fr("Examen périodique universel : au total, 140 recommandations ont été acceptées par "
                + "le Bénin sur un total de 191.", "2018"), "BEN", 191, 140, null, "upr.accepted-of-total");
        assertReview(ReferenceNames.en("Of the 180 recommendations made during the UPR, Peru supported 150.", "2018"),
                "PER", 180, 150, null, "upr.accepted-of-total");
    }

    @Test
    void receivedThenResponsesAndNumbersInWords() {
        assertReview(ReferenceNames.fr("Le Mali a reçu cent quatre-vingt-dix recommandations lors de son EPU, dont "
                + "cent soixante-dix acceptées et vingt notées.", "2018"), "MLI", 190, 170, 20, "upr.received-then-responses");
        assertReview(ReferenceNames.en("During the UPR, Kenya received two hundred and sixty recommendations; it "
                + "accepted 210 and noted fifty.", "2020"), "KEN", 260, 210, 50, "upr.received-then-responses");
        assertReview(ReferenceNames.en("In its UPR, Chile received 266 recommendations from 80 States.", "2019"),
                "CHL", 266, null, null, "upr.received-total");
    }

    @Test
    void theNextSentenceMayGoOnWithTheResponses() {
        List<Candidate> split = ReferenceNames.fr("Pour son EPU, la Tunisie a accepté 189 recommandations sur un total "
                + "de 248. Les 59 autres ont été notées. Le ministre s'en est félicité.", "2017");
        assertEquals(1, split.size(), split.toString());
        assertReview(split, "TUN", 248, 189, 59, "upr.accepted-of-total");
        assertTrue(split.get(0).quote().endsWith("ont été notées"), split.get(0).quote());

        List<Candidate> rest = ReferenceNames.en("At the UPR, Ghana accepted 180 of the 241 recommendations. It noted the rest.",
                "2018");
        assertReview(rest, "GHA", 241, 180, 61, "upr.accepted-of-total");
        assertTrue(rest.get(0).claim().citations().get(0).derivation().contains("241 - 180"));
    }

    @Test
    void aPercentageSpelledPourCentIsReadAsOne() {
        List<Candidate> found = ReferenceNames.fr("Lors de son EPU, le Vietnam a accepté 78 pour cent des 227 "
                + "recommandations reçues.", "2019");
        ReportedFigureBody rate = only(found, ReportedFigureBody.class);
        assertEquals("VNM", rate.subject());
        assertEquals(0, new BigDecimal("78").compareTo(rate.value()));
        assertEquals(227, only(found, UprReviewBody.class).recommendationsTotal());
    }

    @Test
    void aPercentageIsAFigureAndNeverACount() {
        List<Candidate> found = ReferenceNames.en("At its third UPR, Egypt accepted nearly 80 per cent of the 372 "
                + "recommendations it received.", "2020-03");
        UprReviewBody review = only(found, UprReviewBody.class);
        assertEquals(372, review.recommendationsTotal());
        assertNull(review.accepted());
        ReportedFigureBody rate = only(found, ReportedFigureBody.class);
        assertEquals("EGY", rate.subject());
        assertEquals(0, new BigDecimal("80").compareTo(rate.value()));
        assertEquals("approximate", rate.qualifier());
        assertEquals("upr_recommendations_accepted_percent", rate.metric());
    }

    @Test
    void theCycleComesFromItsNameASessionTheYearOrTheReviewNumberElseItIsLeftEmpty() {
        assertEquals(4, cycle(ReferenceNames.fr("Au cycle IV de l'EPU, le Togo a accepté 200 des 250 recommandations.", "2023")));
        assertEquals(2, cycle(ReferenceNames.en("At the 20th session of the UPR Working Group, Cuba accepted 230 of 292 "
                + "recommendations.", "2013")));
        assertEquals(1, cycle(ReferenceNames.fr("Le Laos a mené son EPU en mai 2010 en acceptant 107 des 166 recommandations.",
                "2015")));
        assertEquals(2, cycle(ReferenceNames.en("For its second UPR, Fiji accepted 100 of 138 recommendations.", "2020")));
        List<Candidate> ambiguous = ReferenceNames.en("In 2022 Japan accepted 200 of 300 UPR recommendations.", "2023");
        assertNull(cycle(ambiguous), "2022 ends the third cycle and starts the fourth");
        assertTrue(ambiguous.get(0).notes().stream().anyMatch(n -> n.startsWith("cycle left empty")), ambiguous.get(0).notes().toString());
    }

    @Test
    void anAdoptedOutcomeWithoutTotalsIsAReviewToo() {
        List<Candidate> found = ReferenceNames.fr("Lors de la 52e session du Conseil des droits de l'homme, le rapport "
                + "de l'examen périodique universel du Bénin, quatrième cycle, a été adopté.", "2023");
        UprReviewBody review = only(found, UprReviewBody.class);
        assertEquals("BEN", review.state());
        assertEquals(4, review.cycle());
        assertEquals(52, review.adoptedAtHrcSession());
        assertNull(review.recommendationsTotal());
    }

    @Test
    void numbersReferredBackToOrWithoutRecommendationsAreNotReviews() {
        assertEquals(List.of(), ReferenceNames.fr("Le gouvernement a adopté un plan pour mettre en œuvre ces 182 "
                + "recommandations de l'EPU.", "2015"));
        assertEquals(List.of(), ReferenceNames.en("Bolivia accepted 12 of the 20 proposals.", "2015"));
    }

    @Test
    void aProFormStandsForTheRecommendationsOfTheSentenceBefore() {
        List<Candidate> two = ReferenceNames.fr("Lors de la même session de l'EPU, le Gabon a reçu 200 recommandations. "
                + "Le Togo, examiné le même jour, en a accepté 150 sur 190.", "2018");
        List<String> reviews = two.stream().map(Candidate::claim).filter(UprReviewBody.class::isInstance)
                .map(UprReviewBody.class::cast)
                .map(r -> r.state() + " " + r.recommendationsTotal() + " " + r.accepted()).toList();
        assertEquals(List.of("GAB 200 null", "TGO 190 150"), reviews, two.toString());
        assertReview(ReferenceNames.en("Peru was reviewed under the UPR and received recommendations from 90 States. It "
                + "supported 170 of them, out of 210.", "2018"), "PER", 210, 170, null, "upr.accepted-of-total");
        assertReview(ReferenceNames.fr("L'EPU du Niger a donné lieu à de nombreuses recommandations. Le Niger en a accepté "
                + "cent vingt et en a noté trente sur un total de cent soixante.", "2016"), "NER", 160, 120, 30,
                "upr.accepted-of-total");
    }

    @Test
    void theWholeNamedFirst() {
        assertReview(ReferenceNames.fr("Parmi les 200 recommandations reçues lors de son EPU, le Bénin en a accepté 180.",
                "2018"), "BEN", 200, 180, null, "upr.accepted-of-total");
        assertReview(ReferenceNames.fr("Sur les 250 recommandations de son EPU, le Burkina Faso en a accepté 220 et noté 30.",
                "2018"), "BFA", 250, 220, 30, "upr.accepted-of-total");
        assertReview(ReferenceNames.en("Of the 240 recommendations it received at its UPR, Ghana accepted 200 and noted 40.",
                "2018"), "GHA", 240, 200, 40, "upr.accepted-of-total");
    }

    @Test
    void aNumberAfterTheWholeNamedFirstIsAResponseNotASecondTotal() {
        assertReview(ReferenceNames.en("At the UPR, the rapporteur said that out of 180 recommendations received, 150 enjoyed "
                + "the support of Ghana and 30 were noted.", "2019"), "GHA", 180, 150, 30, "upr.accepted-of-total");
        assertReview(ReferenceNames.fr("Pour son EPU, sur un total de 200 recommandations reçues, 170 ont été soutenues par le Togo "
                + "et 30 notées.", "2019"), "TGO", 200, 170, 30, "upr.accepted-of-total");
    }

    @Test
    void aSubsetOrADeniedCueGivesNoRole() {
        List<Candidate> found = ReferenceNames.en("At its UPR, Chile supported 200 out of 250 recommendations, including 40 "
                + "recommendations that had been implemented; 10 recommendations had not been accepted.", "2019");
        assertReview(found, "CHL", 250, 200, null, "upr.accepted-of-total");
    }

    @Test
    void aPercentageRestatingACountIsItsRate() {
        List<Candidate> found = ReferenceNames.en("At its UPR, Peru supported 180 out of 240 recommendations, namely 75 per cent "
                + "of them.", "2019");
        assertReview(found, "PER", 240, 180, null, "upr.accepted-of-total");
        ReportedFigureBody rate = only(found, ReportedFigureBody.class);
        assertEquals(0, new BigDecimal("75").compareTo(rate.value()));
        assertEquals("upr_recommendations_accepted_percent", rate.metric());
        ReportedFigureBody soit = only(ReferenceNames.fr("Lors de son EPU, le Niger a accepté 160 recommandations (soit 80 %) "
                + "sur les 200 reçues.", "2019"), ReportedFigureBody.class);
        assertEquals(0, new BigDecimal("80").compareTo(soit.value()));
    }

    @Test
    void recommendationsFormulatedByStatesAndAPeopleCount() {
        assertReview(ReferenceNames.fr("Lors de son EPU, 90 Etats ont formulé 200 recommandations au Togo qui en a accepté 180.",
                "2019"), "TGO", 200, 180, null, "upr.received-then-responses");
        assertEquals(List.of(), ReferenceNames.fr("Au total, 25 experts ont parlé des recommandations de l'EPU du Mali.", "2019")
                .stream().filter(c -> c.claim() instanceof UprReviewBody).toList());
    }

    @Test
    void anAdoptedOutcomeIsCitedByTheReviewWithTotalsOfTheSameState() {
        List<Candidate> found = ReferenceNames.en("The Council adopted the Universal Periodic Review outcomes of Chile, Peru and "
                + "Kenya. For Chile, out of 200 recommendations received, 180 enjoyed its support and 20 were noted.", "2019");
        List<String> reviews = found.stream().filter(c -> c.claim() instanceof UprReviewBody)
                .map(c -> (UprReviewBody) c.claim()).map(r -> r.state() + " " + r.recommendationsTotal()).toList();
        assertEquals(List.of("CHL 200", "KEN null", "PER null"), reviews.stream().sorted().toList(), found.toString());
    }

    @Test
    void aTotalAloneIsCitedByTheReviewWithTheSameTotalAndItsResponses() {
        List<Candidate> found = ReferenceNames.en("At the UPR session, the largest number of recommendations was received by "
                + "Chile (354), Peru (300) and Kenya (250). The UPR of Chile: Chile received 354 recommendations, of which it "
                + "supported 273.", "2031-07-16");
        List<String> reviews = found.stream().filter(c -> c.claim() instanceof UprReviewBody).map(c -> (UprReviewBody) c.claim())
                .map(r -> r.state() + " " + r.recommendationsTotal() + " " + r.accepted()).sorted().toList();
        assertEquals(List.of("CHL 354 273", "KEN 250 null", "PER 300 null"), reviews, found.toString());
        Candidate chile = found.stream().filter(c -> c.claim() instanceof UprReviewBody r && r.state().equals("CHL")).findFirst()
                .orElseThrow();
        assertEquals(2, chile.claim().citations().size(), "the bracketed total is one more citation of the full review");
    }

    @Test
    void theCountOfRecommendingStatesIsNotATotal() {
        assertEquals(List.of(), ReferenceNames.fr("Lors de son EPU, le Mali a entendu les recommandations formulées par "
                + "110 pays.", "2018").stream().filter(c -> c.claim() instanceof UprReviewBody).toList());
        assertReview(ReferenceNames.fr("Lors de son EPU, le Chili a reçu 266 recommandations formulées par 95 États.", "2019"),
                "CHL", 266, null, null, "upr.received-total");
        assertReview(ReferenceNames.en("At its UPR, Jordan was given recommendations by 101 countries and accepted 150 of the "
                + "226.", "2019"), "JOR", 226, 150, null, "upr.accepted-of-total");
    }

    @Test
    void notedAsTookNoteAndAcceptedAsSupported() {
        assertReview(ReferenceNames.fr("Lors de son EPU, l'Algérie a accepté 170 recommandations et a pris note de 50 autres.",
                "2018"), "DZA", null, 170, 50, "upr.responses");
        assertReview(ReferenceNames.en("During its UPR, Fiji supported 180 recommendations and took note of 40.", "2018"),
                "FJI", null, 180, 40, "upr.responses");
        assertReview(ReferenceNames.en("During its UPR, Ghana supported 1\u2009050 recommendations and noted 40 of the "
                + "1\u202F090 it received.", "2018"), "GHA", 1090, 1050, 40, "upr.accepted-of-total");
    }

    @Test
    void aListOfStatesUnderReviewAndAListOfOutcomesGiveAReviewEach() {
        List<String> listed = ReferenceNames.en("The Universal Periodic Review continued. States under review during the "
                + "session were:\n\nChile, Peru, Kenya and Japan.", "2019").stream()
                .filter(c -> c.claim() instanceof UprReviewBody).map(c -> ((UprReviewBody) c.claim()).state()).toList();
        assertEquals(List.of("CHL", "PER", "KEN", "JPN"), listed);
        List<String> adopted = ReferenceNames.en("The Council adopted the Universal Periodic Review outcomes of Chile, Peru "
                + "and Kenya.", "2019").stream()
                .filter(c -> c.claim() instanceof UprReviewBody).map(c -> ((UprReviewBody) c.claim()).state()).toList();
        assertEquals(List.of("CHL", "PER", "KEN"), adopted);
        List<String> outcomesOfTheReview = ReferenceNames.en("The Council adopted the outcomes of the Universal Periodic "
                + "Review of Chile, Peru and Kenya.", "2019").stream()
                .filter(c -> c.claim() instanceof UprReviewBody).map(c -> ((UprReviewBody) c.claim()).state()).toList();
        assertEquals(List.of("CHL", "PER", "KEN"), outcomesOfTheReview);
    }

    @Test
    void aListTheSessionReviewedOrWhoseDecisionsItHeardGivesAReviewEach() {
        assertEquals(List.of("CHL", "PER", "KEN"), reviewed(ReferenceNames.fr("Le groupe de travail de l'EPU a tenu sa 60e "
                + "session. Le groupe de travail a examiné la situation des droits de l'homme dans 3 États : le Chili, le Pérou "
                + "et le Kenya.", "2031")));
        assertEquals(List.of("CHL", "PER", "KEN"), reviewed(ReferenceNames.en("At the 80th session of the Council, the UPR "
                + "outcome reports were adopted. The reports for Chile, Peru and Kenya were examined and adopted.", "2031")));
        assertEquals(List.of("CHL", "PER", "KEN"), reviewed(ReferenceNames.fr("Les rapports finaux de l'EPU ont été adoptés. "
                + "Les États suivants ont fait part de leurs décisions finales sur les recommandations reçues : Chili, Pérou "
                + "et Kenya.", "2031")));
        assertEquals(List.of("CHL", "PER", "KEN"), reviewed(ReferenceNames.en("The UPR Working Group met in Geneva. The States "
                + "reviewed this session were: Chile, Peru and Kenya.", "2031")));
    }

    @Test
    void theStatesThatMadeTheRecommendationsOrSpokeAreNotReviewed() {
        assertEquals(List.of(), reviewed(ReferenceNames.en("Japan was reviewed under the UPR. Recommendations were made by "
                + "Chile, Peru and Kenya.", "2031")));
        assertEquals(List.of(), reviewed(ReferenceNames.fr("Le Japon a été examiné dans le cadre de l'EPU. Les délégations du "
                + "Chili, du Pérou et du Kenya ont pris la parole.", "2031")));
        assertEquals(List.of(), reviewed(ReferenceNames.en("Chile, Peru and Kenya were reviewed by the treaty committee.",
                "2031")), "no UPR named near the list");
    }

    @Test
    void aNumberInBracketsAfterEachOfSeveralStates() {
        List<Candidate> received = ReferenceNames.fr("Lors de la 60e session de l'EPU, le plus grand nombre de recommandations a "
                + "été reçu par le Chili (346), le Pérou (343) et le Kenya (340).", "2031-07-11");
        assertEquals(List.of("CHL 346", "PER 343", "KEN 340"), received.stream().filter(c -> c.claim() instanceof UprReviewBody)
                .map(c -> ((UprReviewBody) c.claim()).state() + " " + ((UprReviewBody) c.claim()).recommendationsTotal()).toList());
        List<Candidate> rates = ReferenceNames.en("At the UPR adoptions, in terms of the acceptance rate of recommendations the "
                + "leaders are Chile (98%), Peru (97%) and Kenya (96%).", "2031-07-11");
        assertEquals(List.of("CHL 98", "PER 97", "KEN 96"), rates.stream().filter(c -> c.claim() instanceof ReportedFigureBody)
                .map(c -> ((ReportedFigureBody) c.claim()).subject() + " " + ((ReportedFigureBody) c.claim()).value()).toList());
        // one state alone, or numbers of another kind, are not read this way
        assertEquals(List.of(), ReferenceNames.en("Chile (2031) was praised at the UPR for its recommendations; Peru (2030) "
                + "too.", "2031-07-11").stream().filter(c -> c.rule().equals("upr.per-state-numbers")).toList());
    }

    @Test
    void aSessionsTotalsAreNoStatesReview() {
        List<Candidate> found = ReferenceNames.en("At the UPR session Chile was reviewed. 3634 recommendations were made by UN "
                + "Member States and 2247 recommendations enjoyed the support of the States under Review.", "2031-07-16");
        assertEquals(List.of(true), found.stream().filter(c -> c.claim() instanceof UprReviewBody r && r.accepted() != null)
                .map(Candidate::weak).toList(), found.toString());
    }

    private static List<String> reviewed(List<Candidate> found) {
        return found.stream().filter(c -> c.claim() instanceof UprReviewBody && c.rule().equals("upr.reviewed-list"))
                .map(c -> ((UprReviewBody) c.claim()).state()).toList();
    }

    @Test
    void aRateRestatingTheAcceptedCountAfterWordsQualifyingTheRecommendations() {
        List<Candidate> found = ReferenceNames.fr("Lors de son Examen périodique universel, le Chili a accepté 180 des 200 "
                + "recommandations reçues en mai dernier, soit 90% d'entre elles.", "2010");
        assertEquals(List.of("CHL 200 180", "CHL 90%"), found.stream().map(c -> c.claim() instanceof UprReviewBody r
                ? r.state() + " " + r.recommendationsTotal() + " " + r.accepted()
                : ((ReportedFigureBody) c.claim()).subject() + " " + ((ReportedFigureBody) c.claim()).value() + "%").toList(),
                found.toString());
        // more than four words between the noun and "soit": another number's restatement, not read
        assertEquals(1, ReferenceNames.en("During its Universal Periodic Review, Chile accepted 180 of the 200 recommendations "
                + "made by the many states of the working group, or 90 per cent.", "2010").size());
    }

    @Test
    void theFinalDocumentsResultingFromTheReviewOfSeveralStates() {
        List<Candidate> found = ReferenceNames.fr("Le Conseil a adopté hier les documents finals résultant de l'Examen "
                + "périodique universel s'agissant du Chili, du Kenya et de la Norvège.", "2019");
        assertEquals(List.of("CHL", "KEN", "NOR"), found.stream().filter(c -> c.claim() instanceof UprReviewBody)
                .map(c -> ((UprReviewBody) c.claim()).state()).toList(), found.toString());
        found.forEach(c -> assertEquals(false, c.weak(), "a clearly stated outcome, the states named: " + c));
        List<Candidate> english = ReferenceNames.en("The Council adopted the outcomes resulting from the Universal Periodic "
                + "Review of Chile and Kenya.", "2019");
        assertEquals(List.of("CHL", "KEN"), english.stream().filter(c -> c.claim() instanceof UprReviewBody)
                .map(c -> ((UprReviewBody) c.claim()).state()).toList(), english.toString());
    }

    @Test
    void theNextSentenceGoesOnWithTheResponsesAcrossAnInsertion() {
        List<Candidate> split = ReferenceNames.en("Chile accepted 150 of the 200 recommendations it received during its "
                + "Universal Periodic Review. The remaining 50 recommendations, including several on prison conditions, were "
                + "noted.", "2019");
        assertEquals(1, split.size(), split.toString());
        assertReview(split, "CHL", 200, 150, 50, "upr.accepted-of-total");
        // a cue inside the insertion is not the number's: "50" is not said to be noted
        List<Candidate> inside = ReferenceNames.en("Chile accepted 150 of the 200 recommendations it received during its "
                + "Universal Periodic Review. The remaining 50 recommendations, including some it noted, concern "
                + "prisons.", "2019");
        assertReview(inside, "CHL", 200, 150, null, "upr.accepted-of-total");
    }

    @Test
    void theNumberAfterTookNoteOfOrNotingIsNoted() {
        assertReview(ReferenceNames.fr("Sur les 200 recommandations formulées lors de son EPU, le Bénin en a soutenu 150, "
                + "soit 75 %, et a pris note des 50 autres.", "2019"), "BEN", 200, 150, 50, "upr.accepted-of-total");
        assertReview(ReferenceNames.en("During its UPR, Kenya received 200 recommendations and supported 150 of them, noting "
                + "50.", "2019"), "KEN", 200, 150, 50, "upr.received-then-responses");
    }

    private static void assertReview(List<Candidate> found, String state, Integer total, Integer accepted, Integer noted,
                                     String rule) {
        UprReviewBody review = only(found, UprReviewBody.class);
        assertEquals(state, review.state(), found.toString());
        assertEquals(total, review.recommendationsTotal(), found.toString());
        assertEquals(accepted, review.accepted(), found.toString());
        assertEquals(noted, review.noted(), found.toString());
        assertEquals(rule, found.stream().filter(c -> c.claim() instanceof UprReviewBody).findFirst().orElseThrow().rule());
    }

    private static Integer cycle(List<Candidate> found) {
        return only(found, UprReviewBody.class).cycle();
    }

    static <T> T only(List<Candidate> found, Class<T> kind) {
        List<T> matching = found.stream().map(Candidate::claim).filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, matching.size(), found.toString());
        return matching.get(0);
    }
}
