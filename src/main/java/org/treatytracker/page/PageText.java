package org.treatytracker.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' words, in English here and in French in {@code messages/msg_fr.properties}
 * (PageTextTest holds the two to the same keys). Templates read them as {@code {msg:key}}; page
 * builders through {@link PageLanguage#text()}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageText {

    // --- every page ---
    @Message("Skip to content")
    String skipToContent();

    @Message("Human-rights treaty commitments, with the evidence for each fact")
    String tagline();

    @Message("Search states and treaties")
    String searchLabel();

    @Message("Search")
    String searchButton();

    @Message("Recommendations")
    String navRecommendations();

    @Message("API documentation")
    String navApi();

    @Message("Data version {version}")
    String dataVersion(String version);

    @Message("The same data in the API:")
    String sameData();

    @Message("Code under the Apache License 2.0; each dataset under its own terms.")
    String licence();

    @Message("Page not found")
    String notFoundTitle();

    @Message("{#when status}{#is 400}The request is not understood{#is 404}Page not found{#is 405}Not allowed here{#is 406}Not available in this form{#is 503}Out of service for a moment{#else}Something went wrong{/when}")
    String problemTitle(int status);

    @Message("{#when status}{#is 400}Something in the address is not as the page expects it. Check it, or start again from the home page.{#is 404}There is no page at this address. Search for a state or a treaty from the home page.{#is 503}The service cannot reach its data at the moment. Try again in a few seconds.{#else}The page could not be made. The error has been logged; try again later.{/when}")
    String problemDetail(int status);

    @Message("Back to the home page")
    String backHome();

    @Message("Evidence")
    String evidence();

    @Message("passage")
    String evidencePassage();

    @Message("dataset row")
    String evidenceDatasetRow();

    @Message("reference")
    String evidenceReference();

    @Message("No evidence on record")
    String noEvidence();

    // --- home ---
    @Message("Treaty Tracker")
    String homeTitle();

    @Message("Which state has signed, ratified or acceded to which human-rights treaty, and when; what each state was recommended in the UN Universal Periodic Review and what it accepted. Every figure links to the passage of the source it comes from.")
    String homeIntro();

    @Message("Results for “{query}”")
    String resultsFor(String query);

    @Message("States")
    String states();

    @Message("Treaties")
    String treaties();

    @Message("No state or treaty has a name matching “{query}”. Try another spelling, an abbreviation (CAT, ICCPR) or an ISO code (VNM).")
    String noMatch(String query);

    @Message("Type at least two letters to search.")
    String queryTooShort();

    @Message("also known as “{name}”")
    String alsoKnownAs(String name);

    @Message("What the tracker holds")
    String holdings();

    @Message("States and territories")
    String holdingsStates();

    @Message("UN member states")
    String holdingsMembers();

    @Message("Treaties and other instruments")
    String holdingsTreaties();

    @Message("Treaty actions (signatures, ratifications, accessions…)")
    String holdingsActions();

    @Message("UPR reviews")
    String holdingsReviews();

    @Message("UPR recommendations")
    String holdingsRecommendations();

    @Message("Articles (text stored)")
    String holdingsArticles();

    @Message("A complete record (a dataset that lists every state) covers {covered} of the {pairs} pairs of a UN member state and a treaty; for the others, a state's page shows the evidence on record, as a partial answer.")
    String coverage(long covered, long pairs);

    @Message("Datasets")
    String datasets();

    @Message("Dataset")
    String dataset();

    @Message("Files")
    String files();

    @Message("As of")
    String asOf();

    @Message("Complete record")
    String completeRecord();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("not stated")
    String notStated();

    @Message("No dataset is loaded.")
    String noDatasets();

    @Message("For developers")
    String forDevelopers();

    @Message("The REST API under /api/v1 serves all of this as JSON and CSV.")
    String developersText();

    @Message("Its contract")
    String apiContract();

    @Message("browsable in Swagger UI")
    String apiBrowse();

    @Message("the whole database in one download")
    String bulkDownload();

    @Message("All treaties")
    String allTreaties();

    // --- words for data ---
    @Message("{#when status}{#is 'party'}Party{#is 'signatory'}Signatory{#is 'denounced'}Denounced{#is 'no_action'}No action{#else}Unknown{/when}")
    String status(String status);

    @Message("{#when basis}{#is 'complete'}complete as of {asOf}{#is 'partial'}partial (a lower bound from the evidence on record){#else}nothing on record{/when}")
    String basis(String basis, String asOf);

    @Message("{#when type}{#is 'signature'}signature{#is 'ratification'}ratification{#is 'accession'}accession{#is 'succession'}succession{#is 'acceptance'}acceptance{#is 'approval'}approval{#is 'consent_to_be_bound'}consent to be bound{#is 'denunciation'}denunciation{#else}{type}{/when}")
    String actionType(String type);

    @Message("{#when group}{#is 'african'}African States{#is 'asia_pacific'}Asia-Pacific States{#is 'eastern_european'}Eastern European States{#is 'latin_american_caribbean'}Latin American and Caribbean States{#is 'western_european_others'}Western European and other States{#else}{group}{/when}")
    String regionalGroup(String group);

    @Message("{#when kind}{#is 'core'}core treaty{#is 'optional_protocol'}optional protocol{#else}other instrument{/when}")
    String treatyKind(String kind);

    // --- a state ---
    @Message("Cycle {cycle}")
    String cycleNumber(int cycle);

    @Message("UPR recommendations to {state}, supported and noted, by cycle")
    String reviewChartTitle(String state);

    @Message("supported")
    String supportedWord();

    @Message("noted")
    String notedWord();

    @Message("{#when status}{#is 'member'}member{#else}candidate{/when}")
    String membership(String status);

    @Message("Not a UN member state")
    String notUn();

    @Message("{#when status}{#is 'member'}UN member state{#else}Non-member observer State{/when}")
    String unStanding(String status);

    @Message("{total} received, {supported} supported, {noted} noted")
    String reportedTotals(String total, String supported, String noted);

    @Message("{total} on record, {supported} supported, {noted} noted")
    String countedTotals(String total, String supported, String noted);

    @Message("{#when basis}{#is 'reported'}reported totals{#is 'counted'}counted from the recommendations on record{#else}no figures{/when}")
    String headline(String basis);

    @Message("{#when qualifier}{#is 'approximate'}about {value}{#is 'more_than'}more than {value}{#is 'at_least'}at least {value}{#else}{value}{/when}")
    String qualified(String qualifier, String value);

    @Message("the data on record cannot check it")
    String notCheckable();

    @Message("agrees with the data on record ({value})")
    String consistent(String value);

    @Message("differs from the data on record, which gives {value}")
    String inconsistent(String value);

    @Message("Treaties")
    String ratificationsHeading();

    @Message("The state's standing towards each instrument, from the treaty actions on record. “Complete” means a complete record (a dataset listing every state) covers the pair as of its date; “partial” that only some evidence is on record, so the status is a lower bound.")
    String ratificationsIntro();

    @Message("Status as of")
    String asOfLabel();

    @Message("Show")
    String show();

    @Message("today")
    String today();

    @Message("Status as of {date}.")
    String showingAsOf(String date);

    @Message("Back to today's status")
    String backToToday();

    @Message("“{value}” is not a date (YYYY-MM-DD): the status shown is today's.")
    String asOfRefusedText(String value);

    @Message("Treaty")
    String treaty();

    @Message("Status")
    String statusColumn();

    @Message("Act and date")
    String actColumn();

    @Message("How complete")
    String basisColumn();

    @Message("A covering record says otherwise")
    String disagreement();

    @Message("No source on record for this treaty.")
    String noSourceForTreaty();

    @Message("Universal Periodic Review")
    String uprHeading();

    @Message("Cycle")
    String cycle();

    @Message("Session")
    String session();

    @Message("Reviewed")
    String reviewed();

    @Message("Totals reported by sources")
    String reportedColumn();

    @Message("Recommendations on record")
    String countedColumn();

    @Message("Figures shown")
    String headlineColumn();

    @Message("No UPR review of this state is on record.")
    String noReviews();

    @Message("Recommendations by theme")
    String byTheme();

    @Message("Recommendations by recommending state")
    String byRecommendingState();

    @Message("Theme")
    String theme();

    @Message("Recommending state")
    String recommendingState();

    @Message("Total")
    String total();

    @Message("Supported")
    String supported();

    @Message("Noted")
    String noted();

    @Message("No recommendation to this state is on record one by one, so none can be counted by theme or recommending state.")
    String noRecommendations();

    @Message("Read the recommendations")
    String readRecommendations();

    @Message("Human Rights Council")
    String hrcHeading();

    @Message("Term")
    String term();

    @Message("No Human Rights Council term of this state is on record.")
    String noTerms();

    @Message("Figures reported about this state")
    String figuresHeading();

    @Message("What is counted")
    String figureLabel();

    @Message("Figure")
    String figureValue();

    @Message("Check")
    String figureCheck();

    @Message("No figure about this state is reported in the sources on record.")
    String noFigures();

    @Message("No state has the code “{code}”. States go by their ISO 3166-1 alpha-3 code, such as VNM or FRA; search by name from the home page.")
    String noSuchState(String code);

    @Message("Show {count} more")
    String showMore(int count);

    // --- a treaty ---
    @Message("Optional protocol to")
    String protocolTo();

    @Message("About the treaty")
    String aboutTreaty();

    @Message("Adopted")
    String adopted();

    @Message("Opened for signature")
    String openedForSignature();

    @Message("Entry into force")
    String entryIntoForce();

    @Message("Monitoring body")
    String monitoringBody();

    @Message("No source on record for this catalog entry.")
    String noSourceForEntry();

    @Message("Parties over time")
    String partiesOverTime();

    @Message("States party to the {treaty}, by year")
    String partiesChartTitle(String treaty);

    @Message("States party today ({count}), counted in the year of their first binding act (ratification, accession, succession…) on record.")
    String partiesChartNote(int count);

    @Message("The same figures as a table")
    String partiesByYear();

    @Message("Year")
    String year();

    @Message("Parties")
    String partiesColumn();

    @Message("No dated binding act on record for this treaty.")
    String noDatedParties();

    @Message("States by status")
    String statesByStatus();

    @Message("Sort by a column by following its heading. Each state links to its page, where the evidence is.")
    String sortHint();

    @Message("{#when column}{#is 'name'}State{#is 'status'}Status{#is 'signed'}Signed{#else}Bound (ratification, accession…){/when}")
    String sortColumn(String column);

    @Message("Figures reported about this treaty")
    String treatyFiguresHeading();

    @Message("No treaty has the code “{code}”. Treaties go by codes such as CAT, ICCPR or CRC; search by name from the home page.")
    String noSuchTreaty(String code);

    // --- a source ---
    @Message("{#when kind}{#is 'treaty_entry'}catalog entry{#is 'treaty_date'}treaty date{#is 'treaty_action'}treaty action{#is 'upr_cycle'}UPR cycle{#is 'upr_review'}UPR review{#is 'reported_figure'}reported figure{#is 'hrc_membership'}Human Rights Council term{#else}{kind}{/when}")
    String factKind(String kind);

    @Message("{#when kind}{#is 'article'}Article{#is 'reference'}Public reference{#else}Dataset file{/when}")
    String sourceKind(String kind);

    @Message("Go to the fact this passage supports")
    String goToFact();

    @Message("Figures about {subject}, {month}")
    String figuresAbout(String subject, String month);

    @Message("The UPR review of {state}, cycle {cycle}")
    String reviewOf(String state, int cycle);

    @Message("Publisher")
    String publisher();

    @Message("Published")
    String published();

    @Message("Language")
    String language();

    @Message("Original")
    String original();

    @Message("File")
    String file();

    @Message("Rows")
    String rows();

    @Message("Retrieved")
    String retrieved();

    @Message("The text as stored")
    String storedText();

    @Message("Exactly as the tracker stores it; the {count} cited passages are highlighted, each linked to the fact it supports.")
    String storedTextNote(int count);

    @Message("No passage of this source is cited yet.")
    String noPassages();

    @Message("No text of this source is stored: it is cited by row or by place, as each fact below says.")
    String noStoredText();

    @Message("The facts it supports")
    String factsHeading();

    @Message("No fact cites this source.")
    String noFacts();

    @Message("passage {number}")
    String passageNumber(int number);

    @Message("where it is shown")
    String whereShown();

    @Message("cited at")
    String citedAt();

    @Message("What other sources say")
    String comparisonsHeading();

    @Message("The same subject at the same time in other sources, side by side. Where two give different values for the same thing, both are kept: the tracker does not choose.")
    String comparisonsIntro();

    @Message("The sources disagree")
    String sourcesDisagree();

    @Message("this source")
    String thisSource();

    @Message("differs")
    String differs();

    @Message("No other source speaks of the same subjects at the same time.")
    String noComparisons();

    @Message("No source has the id “{id}”. The API lists them: /api/v1/sources.")
    String noSuchSource(String id);

    // --- recommendations ---
    @Message("UPR recommendations")
    String recommendationsTitle();

    @Message("Each recommendation a state received in the Universal Periodic Review, as the source lists it, with the state's response. Search their words (in the recommendation's language) and narrow by state, cycle, response, theme or recommending state.")
    String recommendationsIntro();

    @Message("Words to search")
    String searchWords();

    @Message("State under review")
    String stateUnderReview();

    @Message("any")
    String any();

    @Message("Response")
    String responseLabel();

    @Message("{#when response}{#is 'supported'}supported{#else}noted{/when}")
    String response(String response);

    @Message("no response on record")
    String noResponse();

    @Message("Filter")
    String filter();

    @Message("Clear the filters")
    String clearFilters();

    @Message("{total} recommendations")
    String recommendationsFound(int total);

    @Message("Page {page} of {last}")
    String pageOf(int page, int last);

    @Message("Previous page")
    String previousPage();

    @Message("Next page")
    String nextPage();

    @Message("This selection as CSV (every row)")
    String selectionCsv();

    @Message("The filters select nothing: {reason}")
    String filtersRefused(String reason);

    @Message("No recommendation matches these filters.")
    String noRecommendationMatches();

    @Message("No recommendation is on record yet. They come from imports of UPR Info's database (see the README's “Importing datasets”).")
    String noRecommendationsYet();

    @Message("Recommendation")
    String recommendation();

    @Message("Recommended by")
    String recommendedBy();

    @Message("Themes")
    String themes();
}
