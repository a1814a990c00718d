package org.treatytracker.seed;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The shapes of the YAML files under seeds/ (docs/seed-format.md). Unknown keys are errors. */
final class SeedDocuments {

    private SeedDocuments() {
    }

    record ArticlesFile(List<Article> articles) {
    }

    record Article(String id, String file, String title, String publisher, String url, String language,
                   String publishedOn, String publishedOnBasis, String publishedOnNote) {
    }

    record ReferenceSourcesFile(List<ReferenceSource> sources) {
    }

    record ReferenceSource(String id, String title, String publisher, String url, String language) {
    }

    record Reference(String source, String locator) {
    }

    record TreatiesFile(List<TreatyRecord> treaties) {
    }

    record TreatyRecord(String code, String kind, String parent, String nameEn, String nameFr,
                        List<Alias> aliases, String monitoringBody, Reference reference,
                        String adoptedOn, String openedForSignatureOn, String entryIntoForceOn) {
    }

    record Alias(String text, String lang) {
    }

    record CyclesFile(List<CycleRecord> cycles) {
    }

    record CycleRecord(Integer number, String startsOn, String endsOn, Integer firstSession,
                       Integer lastSession, Reference reference) {
    }

    record PartiesFile(List<Organisation> organisations, Map<String, List<String>> stateAliases) {
    }

    record Organisation(String code, String nameEn, String nameFr, List<String> aliases) {
    }

    record ClaimsFile(String source, List<Claim> claims) {
    }

    record CitationRecord(String quote, String prefix, String locator, String derivation, String source) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = TreatyActionClaim.class, name = "treaty_action"),
            @JsonSubTypes.Type(value = TreatyDateClaim.class, name = "treaty_date"),
            @JsonSubTypes.Type(value = UprReviewClaim.class, name = "upr_review"),
            @JsonSubTypes.Type(value = ReportedFigureClaim.class, name = "reported_figure"),
            @JsonSubTypes.Type(value = HrcMembershipClaim.class, name = "hrc_membership")})
    sealed interface Claim permits TreatyActionClaim, TreatyDateClaim, UprReviewClaim, ReportedFigureClaim,
            HrcMembershipClaim {
        String id();

        List<CitationRecord> citations();
    }

    record TreatyActionClaim(String id, String party, String treaty, String action, String date, String dateBasis,
                             List<CitationRecord> citations) implements Claim {
    }

    record TreatyDateClaim(String id, String treaty, String event, String date, String dateBasis,
                           List<CitationRecord> citations) implements Claim {
    }

    record UprReviewClaim(String id, String state, Integer cycle, Integer session, String reviewedOn,
                          Integer adoptedAtHrcSession, Integer recommendationsTotal, Integer accepted, Integer noted,
                          List<CitationRecord> citations) implements Claim {
    }

    record ReportedFigureClaim(String id, String subject, String metric, String labelEn, BigDecimal value,
                               BigDecimal outOf, String qualifier, String asOf, String asOfBasis,
                               List<CitationRecord> citations) implements Claim {
    }

    record HrcMembershipClaim(String id, String state, Integer termStart, Integer termEnd, String status,
                              List<CitationRecord> citations) implements Claim {
    }
}
