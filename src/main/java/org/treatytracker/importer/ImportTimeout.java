package org.treatytracker.importer;

/** An import is one transaction, however long the file: far above the default 60 s. */
final class ImportTimeout {

    static final int SECONDS = 6 * 3600;

    private ImportTimeout() {
    }
}
