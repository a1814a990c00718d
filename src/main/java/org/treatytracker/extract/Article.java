package org.treatytracker.extract;

import org.treatytracker.provenance.PartialDate;

/**
 * A text to extract claims from, as stored (never altered).
 *
 * @param publishedOn may be null; supplies the year of dates that lack one
 * @param sourceId    the stored source the text is, when it is one; cited by the candidates
 */
public record Article(String text, Language language, PartialDate publishedOn, String sourceId) {
}
