package io.github.iec62304.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iec62304.core.project.GitRevision;
import io.github.iec62304.core.project.ProjectInfo;
import io.github.iec62304.core.project.ReferenceDate;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The date a build judges review ages and future dates against (issue 12 item 5). */
class CheckSettingsTest {

    private static CheckSettings settings(String version, Instant outputTimestamp, Instant buildStart) {
        return settings(version, outputTimestamp, null, buildStart);
    }

    private static CheckSettings settings(String version, Instant outputTimestamp, GitRevision git,
                                          Instant buildStart) {
        return new CheckSettings(Path.of("."), new ProjectInfo("com.acme", "pump", version, "Pump", "0.1.0",
                outputTimestamp, git), null, Path.of("req.yaml"), Path.of("arch.yaml"), Path.of("classes"),
                Path.of("test-classes"), List.of(), List.of(), CheckSettings.defaultCriteria(),
                new SoupSettings(List.of(Path.of("target/bom.json")), Path.of("src/iec62304/soup.yaml"), Map.of(),
                        Set.of(), SoupSettings.DEFAULT_REVIEW_MAX_AGE, true), ReleaseSettings.development(), buildStart,
                Map.of(), Path.of("target/e"), Path.of("target/e.zip"));
    }

    @Test
    void aReleaseJudgesAgainstItsOutputTimestampSoARebuildJudgesTheSame() {
        assertEquals(new ReferenceDate(LocalDate.of(2025, 6, 30), ReferenceDate.Basis.RELEASE_TIMESTAMP),
                settings("1.0", Instant.parse("2025-06-30T23:59:59Z"), Instant.parse("2026-11-01T10:00:00Z"))
                        .referenceDate());
    }

    private static GitRevision committedAt(String instant) {
        return new GitRevision("0123456789abcdef0123456789abcdef01234567", false, Instant.parse(instant));
    }

    /**
     * A release whose outputTimestamp was set once and never updated: judged against it, a review years old passed.
     * The commit's date is later, and fixed for the commit: every rebuild of it judges against the same date.
     */
    @Test
    void aReleaseWithAStaleOutputTimestampJudgesAgainstItsCommitDate() {
        ReferenceDate expected = new ReferenceDate(LocalDate.of(2026, 10, 15), ReferenceDate.Basis.COMMIT_DATE);
        for (String start : List.of("2026-10-15T12:00:00Z", "2026-11-01T10:00:00Z", "2031-05-01T10:00:00Z")) {
            assertEquals(expected, settings("1.0", Instant.parse("2024-01-01T00:00:00Z"),
                    committedAt("2026-10-15T09:30:00Z"), Instant.parse(start)).referenceDate(), start);
        }
        assertEquals("2026-10-15, the committer date of this release's git commit", settings("1.0",
                Instant.parse("2024-01-01T00:00:00Z"), committedAt("2026-10-15T09:30:00Z"),
                Instant.parse("2026-11-01T10:00:00Z")).referenceDate().describe());
    }

    /** mvn release:prepare sets the timestamp, then commits: the timestamp's date is not older than the commit's. */
    @Test
    void aReleaseWhoseOutputTimestampIsNotOlderThanItsCommitJudgesAgainstTheTimestamp() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 10, 15), ReferenceDate.Basis.RELEASE_TIMESTAMP),
                settings("1.0", Instant.parse("2026-10-15T09:29:58Z"), committedAt("2026-10-15T09:30:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate());
        assertEquals(new ReferenceDate(LocalDate.of(2026, 10, 16), ReferenceDate.Basis.RELEASE_TIMESTAMP),
                settings("1.0", Instant.parse("2026-10-16T09:00:00Z"), committedAt("2026-10-15T09:30:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate());
    }

    /**
     * Issue 16: a timestamp far after the commit (a typo in the year) would judge waivers, reviews and end of support
     * as of 2062; the release judges against its commit's date (RELEASE-REPRODUCIBLE reports the timestamp). Outside
     * git there is nothing to compare with: the timestamp.
     */
    @Test
    void aReleaseWithAnOutputTimestampMoreThanADayAfterItsCommitJudgesAgainstItsCommitDate() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 10, 15), ReferenceDate.Basis.COMMIT_DATE_TIMESTAMP_AHEAD),
                settings("1.0", Instant.parse("2062-10-15T09:30:00Z"), committedAt("2026-10-15T09:30:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate());
        assertEquals(new ReferenceDate(LocalDate.of(2026, 10, 16), ReferenceDate.Basis.RELEASE_TIMESTAMP),
                settings("1.0", Instant.parse("2026-10-16T09:30:00Z"), committedAt("2026-10-15T09:30:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate(), "up to a day after");
        assertEquals(new ReferenceDate(LocalDate.of(2062, 10, 15), ReferenceDate.Basis.RELEASE_TIMESTAMP),
                settings("1.0", Instant.parse("2062-10-15T09:30:00Z"), Instant.parse("2026-11-01T10:00:00Z"))
                        .referenceDate(), "outside git");
    }

    @Test
    void theCommitDateIsTakenInUtc() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 10, 14), ReferenceDate.Basis.COMMIT_DATE),
                settings("1.0", Instant.parse("2024-01-01T00:00:00Z"), committedAt("2026-10-15T01:00:00+02:00"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate());
    }

    @Test
    void aDevelopmentBuildIgnoresTheCommitDate() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 11, 1), ReferenceDate.Basis.BUILD_DAY),
                settings("1.1-SNAPSHOT", Instant.parse("2024-01-01T00:00:00Z"), committedAt("2026-10-15T09:30:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z")).referenceDate());
    }

    /** Issue 12 item 5: development builds keep the last release's outputTimestamp for months. */
    @Test
    void aDevelopmentBuildJudgesAgainstTheDayItRunsNotAStaleOutputTimestamp() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 11, 1), ReferenceDate.Basis.BUILD_DAY),
                settings("1.1-SNAPSHOT", Instant.parse("2024-01-31T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"))
                        .referenceDate());
    }

    @Test
    void aReleaseWithoutOutputTimestampJudgesAgainstTheDayItRuns() {
        assertEquals(new ReferenceDate(LocalDate.of(2026, 11, 1), ReferenceDate.Basis.BUILD_DAY),
                settings("1.0", null, Instant.parse("2026-11-01T00:00:00Z")).referenceDate());
    }

    @Test
    void theDateIsTakenInUtc() {
        assertEquals(LocalDate.of(2026, 2, 28), settings("1.0", Instant.parse("2026-03-01T01:00:00+02:00"),
                Instant.parse("2026-11-01T10:00:00Z")).referenceDate().date());
        assertEquals(LocalDate.of(2026, 10, 31), settings("1.0-SNAPSHOT", null,
                Instant.parse("2026-11-01T01:00:00+02:00")).referenceDate().date());
    }

    @Test
    void describesTheDateAndItsBasis() {
        assertEquals("2026-11-01, the day the build ran", settings("1.0-SNAPSHOT", null,
                Instant.parse("2026-11-01T10:00:00Z")).referenceDate().describe());
        assertEquals("2025-06-30, project.build.outputTimestamp of this release build", settings("1.0",
                Instant.parse("2025-06-30T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z")).referenceDate()
                .describe());
    }
}
