package org.treatytracker.catalog;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A treaty as the API shows it. Dates are ISO 8601 at the precision known ("2024-12-24"); each
 * provenance entry says in {@code supports} which field it backs ({@code entry} for the catalog
 * entry itself).
 */
public record TreatyView(
        String code,
        Treaty.Kind kind,
        Names names,
        List<Alias> aliases,
        String parent,
        String adoptedOn,
        String openedForSignatureOn,
        String entryIntoForceOn,
        String monitoringBody,
        String href,
        List<ProvenanceView> provenance) {

    public record Names(String en, String fr) {
    }

    public record Alias(String text, String language) {
    }
}
