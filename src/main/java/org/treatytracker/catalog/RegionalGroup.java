package org.treatytracker.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five regional groups of UN member states (UN Department for General Assembly and Conference
 * Management, https://www.un.org/dgacm/en/content/regional-groups); the constants are the wire and
 * database values, {@link #label} the group's name as the UN writes it.
 */
public enum RegionalGroup {
    african("African States"),
    asia_pacific("Asia-Pacific States"),
    eastern_european("Eastern European States"),
    latin_american_caribbean("Latin American and Caribbean States"),
    western_european_others("Western European and other States");

    public final String label;

    RegionalGroup(String label) {
        this.label = label;
    }

    public static Optional<RegionalGroup> named(String value) {
        return Arrays.stream(values()).filter(group -> group.name().equals(value)).findFirst();
    }

    public static String listed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
