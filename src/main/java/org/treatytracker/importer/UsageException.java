package org.treatytracker.importer;

/** The import was asked for wrongly (options, mapping); nothing was read or written. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
