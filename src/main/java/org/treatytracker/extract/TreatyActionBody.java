package org.treatytracker.extract;

import java.util.Arrays;
import java.util.List;

/** {@code kind: treaty_action}: a party signed, ratified or acceded to a treaty. */
public record TreatyActionBody(String party, String treaty, String action, String date, String dateBasis,
                               List<CitationBody> citations) implements ClaimBody {

    public static final String KIND = "treaty_action";

    @Override
    public TreatyActionBody withCitations(List<CitationBody> citations) {
        return new TreatyActionBody(party, treaty, action, date, dateBasis, citations);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, party, treaty, action, date);
    }
}
