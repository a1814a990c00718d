package org.treatytracker.importer;

/** What a load of the shipped datasets did: {@code imported} of {@code files} changed their dataset. */
public record DatasetLoadResult(boolean changed, String fingerprint, int files, int imported, int skipped) {

    @Override
    public String toString() {
        return changed
                ? "Datasets loaded: " + imported + " of " + files + " files imported, " + skipped
                  + " left to a newer export on record (fingerprint " + fingerprint.substring(0, 12) + ")"
                : "Datasets unchanged since the last load (fingerprint " + fingerprint.substring(0, 12) + ")";
    }
}
