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

    @Override
    public boolean isVaguerFormOf(ClaimBody other) {
        return other instanceof HrcMembershipBody termed && termStart == null && termEnd == null
                && termed.termStart() != null && state.equals(termed.state()) && status.equals(termed.status());
    }

    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, state, termStart, termEnd, status);
    }
}
