package org.treatytracker.bulk;

import java.util.List;

/** {@code metadata.json} of the bulk download: which release, which files, under which terms, how to cite. */
public record BulkMetadata(long dataVersion, String changedAt, String generatedAt, String api, String softwareVersion,
                           List<BulkFile> files, DataTerms terms, String howToCite) {
}
