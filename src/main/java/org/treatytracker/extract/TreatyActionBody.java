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

    /** The act without its date ("India has ratified the Convention") is a vaguer form of the same act with one. */
    @Override
    public List<Object> vaguerFormKey() {
        return date == null ? Arrays.asList(KIND, party, treaty, action) : null;
    }

    @Override
    public List<List<Object>> fullerFormKeys() {
        return date != null ? List.of(Arrays.asList(KIND, party, treaty, action)) : List.of();
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, party, treaty, action, date);
    }
}
