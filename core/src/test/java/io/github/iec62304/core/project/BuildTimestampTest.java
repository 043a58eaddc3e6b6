package io.github.iec62304.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void isoAndEpochSecondsAreRead() {
        assertEquals(Optional.of(Instant.parse("2026-11-12T08:00:00Z")), BuildTimestamp.parse("2026-11-12T08:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-11-12T08:00:00Z")), BuildTimestamp.parse("2026-11-12T10:00:00+02:00"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1_700_000_000L)), BuildTimestamp.parse("1700000000"));
    }

    @Test
    void emptyOrOneCharacterIsNotSet() {
        assertEquals(Optional.empty(), BuildTimestamp.parse(null));
        assertEquals(Optional.empty(), BuildTimestamp.parse(""));
        assertEquals(Optional.empty(), BuildTimestamp.parse("a"));
    }

    /** Maven 4 sets this value in every project that sets none: it dates no release (failed before the fix). */
    @Test
    void maven4DefaultIsNotSetByTheProject() {
        assertEquals(Optional.empty(), BuildTimestamp.parse("1980-02-01T00:00:00Z"));
        assertEquals(Optional.empty(), BuildTimestamp.parse(" 1980-02-01T00:00:00Z "));
        assertEquals(Optional.empty(), BuildTimestamp.parse(Long.toString(Instant.parse("1980-02-01T00:00:00Z")
                .getEpochSecond())));
        assertEquals(Optional.of(Instant.parse("1980-02-01T00:00:01Z")), BuildTimestamp.parse("1980-02-01T00:00:01Z"));
    }

    @Test
    void unreadableValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildTimestamp.parse("last tuesday"));
        assertEquals("project.build.outputTimestamp 'last tuesday' is neither ISO-8601 with an offset "
                + "(2026-01-31T10:00:00Z) nor seconds since 1970", e.getMessage());
    }
}
