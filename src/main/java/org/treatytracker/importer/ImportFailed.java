package org.treatytracker.importer;

/** Carries a failed import's result out of its transaction, rolling the transaction back. */
final class ImportFailed extends RuntimeException {

    private final transient ImportResult result;

    ImportFailed(ImportResult result) {
        super("import failed: " + result.problems().size() + " problems", null, false, false);
        this.result = result;
    }

    ImportResult result() {
        return result;
    }
}
