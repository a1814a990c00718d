package org.treatytracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a component of a list's item record is, for its CSV columns and the codebook
 * ({@link ExportColumns}): its description, what an empty cell means (left out: it is never empty, which
 * the tests check on every export), and what the column's type and vocabulary cannot be told from the
 * Java type alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface CsvColumn {

    /** What the column holds, one sentence. */
    String value();

    /** What an empty cell means; empty when the column is never empty. */
    String empty() default "";

    /** Whether the text is an ISO date at its precision ({@link ColumnType#date}); otherwise the Java type says the type. */
    boolean date() default false;

    /** The values a text column takes, as an enum of the code; {@code None} when it is free text. */
    Class<? extends Enum<?>> vocabulary() default None.class;

    /** The values a text column takes, when no enum names them. */
    String[] values() default {};

    /** A code whose catalog name goes in a column of its own beside it ({@code <name>_name}, or {@code <name>_names} for a list). */
    Coded coded() default Coded.none;

    /** Whether the cell is always quoted: a code that a reader would otherwise take for a number ("38.10"). */
    boolean quoted() default false;

    /** False: the component is in the JSON only (what it holds has a CSV export of its own). */
    boolean csv() default true;

    /** What kind of code a column holds. */
    enum Coded { none, state, treaty, state_or_treaty }

    /** No vocabulary. */
    enum None { }
}
