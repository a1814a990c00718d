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
    @Message("{#when status}{#is party}Party{#is signatory}Signatory{#is denounced}Denounced{#is no_action}No action{#else}Unknown{/when}")
    String status(String status);

    @Message("{#when basis}{#is complete}complete as of {asOf}{#is partial}partial (a lower bound from the evidence on record){#else}nothing on record{/when}")
    String basis(String basis, String asOf);

    @Message("{#when type}{#is signature}signature{#is ratification}ratification{#is accession}accession{#is succession}succession{#is acceptance}acceptance{#is approval}approval{#is consent_to_be_bound}consent to be bound{#is denunciation}denunciation{#else}{type}{/when}")
    String actionType(String type);

    @Message("{#when group}{#is african}African States{#is asia_pacific}Asia-Pacific States{#is eastern_european}Eastern European States{#is latin_american_caribbean}Latin American and Caribbean States{#is western_european_others}Western European and other States{#else}{group}{/when}")
    String regionalGroup(String group);

    @Message("{#when kind}{#is core}core treaty{#is optional_protocol}optional protocol{#else}other instrument{/when}")
    String treatyKind(String kind);
}
