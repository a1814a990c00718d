package org.treatytracker.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.treatytracker.provenance.PartialDate;

/** Parses one seed field, recording a problem (and returning null) when it is missing or invalid. */
public final class Fields {

    private final Problems problems;
    private final String where;
    private int count;

    public Fields(Problems problems, String where) {
        this.problems = problems;
        this.where = where;
    }

    /** Whether every field read so far was valid. */
    public boolean ok() {
        return count == 0;
    }

    public void problem(String what) {
        count++;
        problems.add(where, what);
    }

    public <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problem("'" + field + "' is required");
            return null;
        }
        return value;
    }

    /** The value, or null with a problem when it is longer than {@code max} characters. */
    public String bounded(String value, String field, int max) {
        if (value != null && value.length() > max) {
            problem("'" + field + "' is longer than " + max + " characters");
            return null;
        }
        return value;
    }

    /** The values (none when absent), or none with a problem when there are more than {@code max}. */
    public List<String> listed(List<String> values, String field, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            problem("'" + field + "' has more than " + max + " entries");
            return List.of();
        }
        return values;
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, E absent) {
        if (value == null) {
            if (absent == null) {
                problem("'" + field + "' is required");
            }
            return absent;
        }
        try {
            return Enum.valueOf(type, value.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("'" + field + "' is '" + value + "'; expected one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public PartialDate date(String value, String field, boolean isRequired) {
        if (value == null) {
            if (isRequired) {
                problem("'" + field + "' is required");
            }
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            problem("'" + field + "': " + e.getMessage());
            return null;
        }
    }

    /** The basis of a date: required to be absent without a date, "stated" unless said otherwise. */
    public PartialDate.Basis basis(PartialDate date, String value, String field) {
        if (date == null) {
            if (value != null) {
                problem("'" + field + "' is given without a date");
            }
            return null;
        }
        return enumValue(PartialDate.Basis.class, value, field, PartialDate.Basis.stated);
    }
}
