package org.treatytracker.importer;

/** A row that cannot be imported, with where it is and why. Line 0 means the file as a whole. */
public record RowProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
