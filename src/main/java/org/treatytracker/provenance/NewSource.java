package org.treatytracker.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.treatytracker.web.Codes;

/**
 * An article an editor adds: its exact text (stored as sent, never altered) and its metadata.
 * Without {@code id}, the server derives one from the text's SHA-256.
 */
public record NewSource(
        @Pattern(regexp = Codes.NEW_SOURCE_ID, message = "must be lower-case letters, digits, '_' and '-', at most 64")
        String id,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 500) String publisher,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @NotBlank @Pattern(regexp = Codes.LANGUAGE, message = "must be an ISO 639 code such as fr or en") String language,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String publishedOn,
        @Pattern(regexp = "stated|inferred", message = "must be stated or inferred") String publishedOnBasis,
        @Size(max = 1000) String publishedOnNote,
        @NotNull @Size(min = 1, max = NewSource.MAX_TEXT) String text) {

    /** UTF-16 units; the request body limit (quarkus.http.limits.max-body-size) bounds it in bytes too. */
    public static final int MAX_TEXT = 1_000_000;
}
