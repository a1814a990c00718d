package org.treatytracker.catalog;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.CsvColumn;

/**
 * A treaty as the API shows it. Dates are ISO 8601 at the precision known ("2024-12-24"); each
 * provenance entry says in {@code supports} which field it backs ({@code entry} for the catalog
 * entry itself).
 */
public record TreatyView(
        @CsvColumn("The treaty's code (CAT, CCPR-OP2...).") String code,
        @CsvColumn("Core treaty, optional protocol or other.") Treaty.Kind kind,
        Names names,
        @CsvColumn("Other names the treaty goes by, each with its language, as JSON.") List<Alias> aliases,
        @CsvColumn(value = "Code of the treaty an optional protocol belongs to.", empty = "not an optional protocol",
                coded = CsvColumn.Coded.treaty) String parent,
        @CsvColumn(value = "When the treaty was adopted.", empty = "not on record", date = true) String adoptedOn,
        @CsvColumn(value = "When it was opened for signature.", empty = "not on record", date = true) String openedForSignatureOn,
        @CsvColumn(value = "When it entered into force.", empty = "not on record", date = true) String entryIntoForceOn,
        @CsvColumn(value = "The body that monitors it.", empty = "not on record") String monitoringBody,
        @CsvColumn("API path of the treaty.") String href,
        @CsvColumn("Evidence for the catalog entry and its dates, as JSON (see `provenance` in the contract).") List<ProvenanceView> provenance) {

    public record Names(@CsvColumn("The catalog's English name.") String en,
                        @CsvColumn("The catalog's French name.") String fr) {
    }

    public record Alias(String text, String language) {
    }
}
