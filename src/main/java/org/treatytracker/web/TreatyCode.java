package org.treatytracker.web;

/** A treaty code from a path or query, in any case: upper-cased here, a 400 if malformed ({@link Codes#treaty}). */
public record TreatyCode(String code) {

    public TreatyCode {
        code = Codes.treaty(code);
    }
}
