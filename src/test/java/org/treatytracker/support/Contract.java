package org.treatytracker.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;

/** Checks every request and response of a test against the published contract, openapi.yaml. */
public final class Contract {

    public static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi.yaml").toUri().toString()).build());

    private Contract() {
    }
}
