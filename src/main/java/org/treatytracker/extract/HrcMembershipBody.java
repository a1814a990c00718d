package org.treatytracker.extract;

import java.util.Arrays;
import java.util.List;

/** {@code kind: hrc_membership}: a Human Rights Council term a state serves ({@code member}) or seeks ({@code candidate}). */
public record HrcMembershipBody(String state, Integer termStart, Integer termEnd, String status,
                                List<CitationBody> citations) implements ClaimBody {

    public static final String KIND = "hrc_membership";

    @Override
    public HrcMembershipBody withCitations(List<CitationBody> citations) {
        return new HrcMembershipBody(state, termStart, termEnd, status, citations);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A membership or candidacy without its term is a vaguer form of the same one with a term. */
    @Override
    public List<Object> vaguerFormKey() {
        return termStart == null && termEnd == null ? Arrays.asList(KIND, state, status) : null;
    }

    @Override
    public List<List<Object>> fullerFormKeys() {
        return termStart != null ? List.of(Arrays.asList(KIND, state, status)) : List.of();
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, state, termStart, termEnd, status);
    }
}
