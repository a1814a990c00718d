package org.treatytracker.figure;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

/**
 * Which figures a list shows, as a {@code @BeanParam}: {@code subject}, a party code (ISO alpha-3 for
 * states) or a treaty code in any case, upper-cased here; a 400 if it has the form of neither.
 */
public record FigureFilter(@QueryParam("subject") String subject) {

    public FigureFilter {
        if (subject != null) {
            if (!Codes.isCodeInAnyCase(subject)) {
                throw ApiException.badRequest("subject '" + Codes.printable(subject)
                        + "' is neither an ISO 3166-1 alpha-3 code nor a treaty code.");
            }
            subject = subject.toUpperCase(Locale.ROOT);
        }
    }
}
