package org.treatytracker.web;

/** An ISO 3166-1 alpha-3 code from a path or query, in any case: upper-cased here, a 400 if malformed ({@link Codes#iso3}). */
public record Iso3(String code) {

    public Iso3 {
        code = Codes.iso3(code);
    }
}
