package io.github.iec62304.core.project;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} as Maven does: ISO-8601 with an offset
 * ({@code 2026-01-31T10:00:00Z}) or seconds since the epoch; empty or a single character means "not set".
 *
 * <p>Maven 4's built-in parent POM sets the property to {@value #MAVEN_4_DEFAULT} in every project that sets
 * nothing. That value dates no release: judging review ages against it would take every review as fresh, and it
 * would say the team made its release reproducible when it did nothing. It therefore reads as "not set".
 */
public final class BuildTimestamp {

    /** The value Maven 4's built-in parent POM gives {@code project.build.outputTimestamp}. */
    public static final String MAVEN_4_DEFAULT = "1980-02-01T00:00:00Z";

    private BuildTimestamp() {
    }

    /**
     * @return the timestamp the project set; empty when it set none, or only has Maven 4's default
     * @throws IllegalArgumentException for a value that is set but unreadable
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Instant t = v.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(v))
                    : OffsetDateTime.parse(v).toInstant();
            return t.equals(Instant.parse(MAVEN_4_DEFAULT)) ? Optional.empty() : Optional.of(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + v + "' is neither ISO-8601 with "
                    + "an offset (2026-01-31T10:00:00Z) nor seconds since 1970");
        }
    }
}
