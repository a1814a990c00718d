package org.treatytracker.extract;

import java.util.List;
import org.treatytracker.catalog.NameIndex;

/** The gazetteer of the tracker's own catalog: every state, organisation and treaty name and alias it holds. */
public final class CatalogGazetteer {

    private CatalogGazetteer() {
    }

    public static Gazetteer of(NameIndex index) {
        List<GazetteerName> names = index.names().stream()
                .map(name -> new GazetteerName(name.text(), name.code(), kind(name.kind()), name.parent()))
                .toList();
        return new TokenGazetteer(GazetteerNames.withVariants(names));
    }

    private static NameKind kind(String kind) {
        return switch (kind) {
            case "state" -> NameKind.STATE;
            case "organisation" -> NameKind.ORGANISATION;
            case "treaty" -> NameKind.TREATY;
            default -> throw new IllegalArgumentException("unknown kind of name: " + kind);
        };
    }
}
