package org.treatytracker.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An import asked for on the command line (or by the loader of the shipped datasets).
 *
 * @param format   ohchr-status, ratifications, ratification-status or upr-recommendations
 * @param dataset  the key successive exports share; null for the format's default
 * @param record   what the file says about itself: its date, whether it is complete, its origin
 * @param aliases  extra names of parties for this import only (code to names), from {@code --aliases}
 */
public record ImportRequest(String format, Path file, Mapping mapping, Charset encoding, String dataset,
                            RecordOptions record, Map<String, List<String>> aliases) {

    public ImportRequest {
        record = record == null ? RecordOptions.NONE : record;
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    }

    public ImportRequest(String format, Path file, Mapping mapping, Charset encoding, String dataset) {
        this(format, file, mapping, encoding, dataset, RecordOptions.NONE, Map.of());
    }

    /**
     * @param treaty      the treaty every row of a per-treaty table is about, when no column names it
     * @param asOf        the date the file speaks as of (a snapshot's date); no row may be dated after it
     * @param complete    the file lists every state it covers: a listed state without an action took none
     * @param title       the dataset's title, for its source
     * @param publisher   who publishes it
     * @param url         where it was retrieved from
     * @param retrievedOn when it was retrieved
     */
    public record RecordOptions(String treaty, LocalDate asOf, boolean complete, String title, String publisher,
                                String url, LocalDate retrievedOn) {

        public static final RecordOptions NONE = new RecordOptions(null, null, false, null, null, null, null);
    }
}
