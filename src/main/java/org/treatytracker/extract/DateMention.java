package org.treatytracker.extract;

import org.treatytracker.provenance.PartialDate;

/**
 * A date expression at UTF-16 offsets [start, end) of the article.
 *
 * @param date       at the precision the text gives; null when the text gives no year and the
 *                   publication date is unknown
 * @param basis      inferred when part of the date (the year) does not come from the text
 * @param derivation how the date follows from the words when it is not read literally, else null
 */
public record DateMention(int start, int end, PartialDate date, PartialDate.Basis basis, String derivation) {
}
