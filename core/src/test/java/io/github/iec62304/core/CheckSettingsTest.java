package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.project.ProjectInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build date anomaly reviews are judged against. */
class CheckSettingsTest {

    private static CheckSettings settings(Instant outputTimestamp, Instant buildStart) {
        return new CheckSettings(Path.of("."), new ProjectInfo("com.acme", "pump", "1.0", "Pump", "0.1.0",
                outputTimestamp, null), null, Path.of("req.yaml"), Path.of("arch.yaml"), Path.of("classes"),
                Path.of("test-classes"), List.of(), List.of(), CheckSettings.defaultCriteria(),
                new SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(),
                        Set.of(), SoupSettings.DEFAULT_REVIEW_MAX_AGE, true), ReleaseSettings.development(), buildStart, Map.of(), Path.of("target/e"),
                Path.of("target/e.zip"));
    }

    @Test
    void theOutputTimestampGivesTheBuildDate() {
        assertEquals(LocalDate.of(2025, 6, 30), settings(Instant.parse("2025-06-30T23:59:59Z"),
                Instant.parse("2026-11-01T10:00:00Z")).buildDate());
    }

    @Test
    void withoutOutputTimestampTheBuildStartGivesIt() {
        assertEquals(LocalDate.of(2026, 11, 1), settings(null, Instant.parse("2026-11-01T00:00:00Z")).buildDate());
    }

    @Test
    void theDateIsTakenInUtc() {
        assertEquals(LocalDate.of(2026, 2, 28), settings(Instant.parse("2026-03-01T01:00:00+02:00"),
                Instant.parse("2026-11-01T10:00:00Z")).buildDate());
    }
}
