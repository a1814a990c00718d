package org.treatytracker.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The end of a file some of whose rows held bytes that are not valid in its encoding: every such
 * row is named (the first as the line), so that a caller that did not check each row still lists them all.
 */
public class UndecodableRowsException extends MalformedFileException {

    static final String MESSAGE = "bytes that are not valid in the file's encoding (use --encoding)";

    private final List<Long> lines;

    public UndecodableRowsException(List<Long> lines) {
        super(lines.get(0), MESSAGE + (lines.size() == 1 ? "" : ", on lines "
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        this.lines = lines;
    }

    public List<Long> lines() {
        return lines;
    }
}
