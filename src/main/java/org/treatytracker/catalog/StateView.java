package org.treatytracker.catalog;

import org.treatytracker.web.CsvColumn;

/**
 * A state as the API shows it: its UN short names where it has them (else its ISO names), each with
 * where it comes from; {@code unMember} and {@code unStatus} (member, observer, or null for an ISO
 * entry that is neither, such as a territory); a member's UN regional group with its source.
 */
public record StateView(
        @CsvColumn("ISO 3166-1 alpha-3 code.") String iso3,
        @CsvColumn(value = "ISO 3166-1 alpha-2 code (Namibia's is `NA`: read it with na_filter off).", quoted = true) String iso2,
        Names names,
        @CsvColumn("Whether it is a member state of the United Nations.") boolean unMember,
        @CsvColumn(value = "`member`, or `observer` for a non-member observer State (the Holy See, the State of Palestine).",
                empty = "Neither: an ISO entry outside the UN, such as a territory.") UnStatus unStatus,
        @CsvColumn(value = "The member's UN regional group.", empty = "Not a member.") RegionalGroup regionalGroup,
        @CsvColumn(value = "Where the group comes from: `upr-info-1-5` (UPR Info's export) or `un-dgacm` (the UN's list); docs/un-states.md.",
                empty = "No group.") String regionalGroupSource,
        @CsvColumn("API path of the state.") String href) {

    public record Names(@CsvColumn("The UN short name in English, else the ISO name.") String en,
                        @CsvColumn("The UN short name in French, else the ISO name.") String fr,
                        @CsvColumn("Where the English name comes from: a UN source's label, or `jdk-cldr`.") String enSource,
                        @CsvColumn("Where the French name comes from: a UN source's URL, or `jdk-cldr`.") String frSource) {
    }

    public static StateView of(Party party) {
        return new StateView(party.iso3, party.iso2, new Names(party.nameEn, party.nameFr, party.nameEnSource, party.nameFrSource),
                party.unStatus == UnStatus.member, party.unStatus, party.regionalGroup, party.regionalGroupSource,
                "/api/v1/states/" + party.iso3);
    }
}
