package org.treatytracker.web;

/**
 * What a CSV column holds, as the codebook names it and a strict reader checks it. Enum constants are
 * the codebook's words.
 */
public enum ColumnType {
    /** Text, to be read as text even when it looks like a number or like NA. */
    string,
    /** A whole number, written plainly (-1, 20). */
    integer,
    /** A decimal number, written plainly (0.7805, 20), never with an exponent. */
    decimal,
    /** {@code true} or {@code false}. */
    boolean_,
    /** ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD; the column {@code <name>_precision} beside it says which. */
    date,
    /** An instant, ISO 8601 with its offset (2026-12-02T06:16:37.986009Z). */
    datetime,
    /** Values joined with " | ", in the order the JSON lists them; each value is text. */
    list,
    /** Compact JSON, as the JSON item holds it. */
    json;

    /** The word the codebook uses. */
    public String word() {
        return this == boolean_ ? "boolean" : name();
    }
}
