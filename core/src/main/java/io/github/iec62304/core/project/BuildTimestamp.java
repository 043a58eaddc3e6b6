package io.github.iec62304.core.project;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} as Maven does: ISO-8601 with an offset
 * ({@code 2026-01-31T10:00:00Z}) or seconds since the epoch; empty or a single character means "not set".
 */
public final class BuildTimestamp {

    private BuildTimestamp() {
    }

    /**
     * @throws IllegalArgumentException for a value that is set but unreadable
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
            }
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + v + "' is neither ISO-8601 with "
                    + "an offset (2026-01-31T10:00:00Z) nor seconds since 1970");
        }
    }
}
