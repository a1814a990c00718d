package org.treatytracker.catalog;

/**
 * A state as the API shows it: its UN short names where it has them (else its ISO names), each with
 * where it comes from; {@code unMember} and {@code unStatus} (member, observer, or null for an ISO
 * entry that is neither, such as a territory); a member's UN regional group with its source.
 */
public record StateView(String iso3, String iso2, Names names, boolean unMember, UnStatus unStatus,
                        RegionalGroup regionalGroup, String regionalGroupSource, String href) {

    public record Names(String en, String fr, String enSource, String frSource) {
    }

    public static StateView of(Party party) {
        return new StateView(party.iso3, party.iso2, new Names(party.nameEn, party.nameFr, party.nameEnSource, party.nameFrSource),
                party.unStatus == UnStatus.member, party.unStatus, party.regionalGroup, party.regionalGroupSource,
                "/api/v1/states/" + party.iso3);
    }
}
