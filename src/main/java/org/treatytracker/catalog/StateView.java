package org.treatytracker.catalog;

/** A state as the API shows it. */
public record StateView(String iso3, String iso2, Names names, String href) {

    public record Names(String en, String fr) {
    }

    public static StateView of(Party party) {
        return new StateView(party.iso3, party.iso2, new Names(party.nameEn, party.nameFr),
                "/api/v1/states/" + party.iso3);
    }
}
