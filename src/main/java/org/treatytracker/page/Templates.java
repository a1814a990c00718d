package org.treatytracker.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates (src/main/resources/templates/pages), checked against these parameters at build time. */
@CheckedTemplate(basePath = "pages")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance home(PageFrame frame, HomePage home);

    static native TemplateInstance missing(PageFrame frame, String detail);

    static native TemplateInstance problem(PageFrame frame, String title, String detail);

    static native TemplateInstance state(PageFrame frame, StatePage state);

    static native TemplateInstance treaty(PageFrame frame, TreatyPage treaty);

    static native TemplateInstance source(PageFrame frame, SourcePage source);

    static native TemplateInstance recommendations(PageFrame frame, RecommendationsPage recommendations);
}
