package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.web.CsvColumn;

/**
 * One treaty action, flat: who did what to which treaty and when, whether the status counts it, and
 * where it comes from (its citations, each at {@code /api/v1/citations/{id}}, with their sources in the
 * same order). The states' ratification statuses are derived from these rows.
 */
public record TreatyActionView(
        @CsvColumn("The action's fact id (`/api/v1/facts/{id}`).") long factId,
        @CsvColumn("ISO 3166-1 alpha-3 code of the state (or the code of the organisation).") String state,
        @CsvColumn(value = "The catalog's English name of the state.", empty = "the catalog has no English name for it") String stateName,
        @CsvColumn("The treaty's code.") String treaty,
        @CsvColumn("The catalog's English name of the treaty.") String treatyName,
        @CsvColumn("What the state did; `consent_to_be_bound`: bound by one of the binding acts, the source not saying which.")
        TreatyAction.Type type,
        @CsvColumn(value = "When, at the precision the source gives.", empty = "undated", date = true) String date,
        @CsvColumn(value = "How precise `date` is.", empty = "undated", vocabulary = PartialDate.Precision.class) String datePrecision,
        @CsvColumn(value = "Whether the source states the date or part of it was inferred.", empty = "undated",
                vocabulary = PartialDate.Basis.class) String dateBasis,
        @CsvColumn("False for an action of a complete record superseded by a newer complete record of the same state and treaty.")
        boolean counted,
        @CsvColumn("Who maintains it: a `seed` article's curation, an imported `dataset`, or an `editor`.") Fact.Owner owner,
        @CsvColumn(value = "The dataset it was imported from.", empty = "not imported (seed or editor)") String dataset,
        @CsvColumn("Its citations' ids (`/api/v1/citations/{id}`).") List<Long> citationIds,
        @CsvColumn("The sources of its citations, in the same order (`/api/v1/sources/{id}`).") List<String> sourceIds,
        @CsvColumn(value = "Where each citation stands in its source (a file's row, a document's article), in the same order; "
                + "a passage of an article has no locator and leaves its place empty.", empty = "its one citation is a passage of an article")
        List<String> locators,
        @CsvColumn("API path of the state's status towards the treaty, with every action's evidence.") String href) {
}
