package org.treatytracker.web;

import java.nio.charset.StandardCharsets;

/**
 * The {@code bom} query parameter of CSV exports: {@code true} puts a UTF-8 byte order mark before the
 * header row, which Excel on Windows needs to read the file as UTF-8 ("Côte d’Ivoire" rather than
 * mojibake); {@code false}, the default, leaves it out, as RFC 4180 readers expect.
 */
public record Bom(boolean wanted) {

    public static final Bom NONE = new Bom(false);

    /** The mark itself, U+FEFF in UTF-8. */
    public static final byte[] BYTES = "\uFEFF".getBytes(StandardCharsets.UTF_8);

    public static Bom of(String text) {
        return switch (text) {
            case "true" -> new Bom(true);
            case "false" -> NONE;
            default -> throw ApiException.badRequest("bom '" + Codes.printable(text) + "' is not true or false.");
        };
    }

    /** A CSV text as the bytes to send. */
    public byte[] body(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        if (!wanted) {
            return text;
        }
        byte[] marked = new byte[BYTES.length + text.length];
        System.arraycopy(BYTES, 0, marked, 0, BYTES.length);
        System.arraycopy(text, 0, marked, BYTES.length, text.length);
        return marked;
    }
}
