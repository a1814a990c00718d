package org.treatytracker.extract;

import java.util.List;

/**
 * What a rule found: a claim (without citations yet) and the span of the text supporting it, in
 * UTF-16 offsets of the article; the extractor turns it into a {@link Candidate}.
 *
 * @param derivation how the claim follows from the passage when not read literally, else null
 */
public record Finding(ClaimBody claim, int start, int end, String rule, double confidence, List<String> notes,
                      String derivation) {
}
