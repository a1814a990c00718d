package org.treatytracker.catalog;

import org.treatytracker.web.CsvColumn;
/** A state as the API shows it. */
public record StateView(
        @CsvColumn("ISO 3166-1 alpha-3 code.") String iso3,
        @CsvColumn(value = "ISO 3166-1 alpha-2 code (Namibia's is `NA`: read it with na_filter off).", quoted = true) String iso2,
        Names names,
        @CsvColumn("API path of the state.") String href) {

    public record Names(@CsvColumn("The catalog's English name.") String en,
                        @CsvColumn("The catalog's French name.") String fr) {
    }

    public static StateView of(Party party) {
        return new StateView(party.iso3, party.iso2, new Names(party.nameEn, party.nameFr),
                "/api/v1/states/" + party.iso3);
    }
}
