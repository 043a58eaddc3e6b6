package io.github.iec62304.core.read.release;

import io.github.iec62304.core.read.InputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates in the release registers. */
public final class Dates {

    private Dates() {
    }

    /** @return the date as written ({@code 2026-11-02}), or {@code null} when absent */
    public static String optional(String value, String field, String source, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new InputException(source, line, "field " + field + ": '" + value + "' is not a date; write "
                    + "it as YYYY-MM-DD");
        }
    }
}
