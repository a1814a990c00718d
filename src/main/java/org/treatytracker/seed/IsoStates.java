package org.treatytracker.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ISO 3166-1 country list with English and French names, from the JDK's locale data (CLDR),
 * so that no one types 249 codes by hand. It lists territories as well as states.
 */
final class IsoStates {

    /** The label of these names where they are a state's own (no UN name replaces them): docs/un-states.md. */
    static final String NAME_SOURCE = "jdk-cldr";

    record State(String iso2, String iso3, String nameEn, String nameFr) {
    }

    private IsoStates() {
    }

    static List<State> all() {
        return Arrays.stream(Locale.getISOCountries())
                .sorted()
                .map(iso2 -> {
                    Locale country = new Locale.Builder().setRegion(iso2).build();
                    return new State(iso2, country.getISO3Country(),
                            country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(Locale.FRENCH));
                })
                .toList();
    }
}
