package org.treatytracker.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * An import asked for on the command line.
 *
 * @param format   ohchr-status, ratifications or upr-recommendations
 * @param dataset  the key successive exports share; null for the format's default
 */
public record ImportRequest(String format, Path file, Mapping mapping, Charset encoding, String dataset) {
}
