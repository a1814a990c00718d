package org.treatytracker.importer;

import java.io.IOException;

/** The file cannot be read past this line (an encoding error, an unclosed quote). */
public class MalformedFileException extends IOException {

    private final long line;

    public MalformedFileException(long line, String message) {
        super(message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
