package org.treatytracker.seed;

/** What a load did: {@code changed} is false when the seeds were already loaded as they are. */
public record SeedLoadResult(boolean changed, String fingerprint, int facts, int citations) {

    @Override
    public String toString() {
        return changed
                ? "Seeds loaded: " + facts + " facts, " + citations + " citations (fingerprint " + fingerprint + ")."
                : "Seeds unchanged since the last load (fingerprint " + fingerprint + "); nothing written.";
    }
}
