package org.treatytracker.seed;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import org.treatytracker.claim.Claim;

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

    /** The UPR calendar: its cycles, and the month each session was held where a reference gives it. */
    record CyclesFile(List<CycleRecord> cycles, List<SessionRecord> sessions) {
    }

    record SessionRecord(Integer number, String heldIn, Reference reference) {
    }

    record CycleRecord(Integer number, String startsOn, String endsOn, Integer firstSession,
                       Integer lastSession, Reference reference) {
    }

    /** {@code state_aliases} may name a code more than once (blocks added by different hands): the lists are joined. */
    record PartiesFile(List<Organisation> organisations,
                       @JsonDeserialize(using = RepeatedKeysMerged.class) Map<String, List<String>> stateAliases) {
    }

    record Organisation(String code, String nameEn, String nameFr, List<String> aliases) {
    }

    record ClaimsFile(String source, List<Claim> claims) {
    }
}
