package io.github.iec62304.core.project;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date the gates judge other dates against: how old a SOUP anomaly review is, and whether a review or a change
 * record is dated in the future. A release build judges against a date fixed for its commit, so that a rebuild of
 * the release (any day later) reaches the same verdict and writes the same bundle: the later of its
 * {@code project.build.outputTimestamp} and the committer date of HEAD. The commit date keeps a stale timestamp (set
 * once, never updated) from dating the release years back, which would let an old review pass; RELEASE-REPRODUCIBLE
 * warns about such a timestamp. A timestamp more than {@link #AHEAD} after the commit (a typo in the year, or a date
 * set on purpose) cannot date the release either: judged against it, waivers would expire, SOUP anomaly reviews age
 * and SOUP end of support pass as of that date, while records dated up to it would not count as dated in the future.
 * The release then judges against its commit's date too, and RELEASE-REPRODUCIBLE reports the timestamp, which fails
 * the release (classes B and C). Without git (a release allowed outside git), the timestamp alone: there is nothing
 * to compare it with. A development
 * build judges against the day it runs: teams keep {@code outputTimestamp} at the last release's value for months,
 * and a review that aged meanwhile must not pass.
 *
 * @param date  the date, in UTC
 * @param basis which date it is
 */
public record ReferenceDate(LocalDate date, Basis basis) {

    /** How much later than its commit a release's outputTimestamp may be before it no longer dates the release. */
    public static final Duration AHEAD = Duration.ofDays(1);

    /** Which date a build judges against, and why. */
    public enum Basis {
        /**
         * A release build with {@code project.build.outputTimestamp} set, not dated before its commit (or outside
         * git): its date.
         */
        RELEASE_TIMESTAMP("project.build.outputTimestamp of this release build",
                "a release judges against its own timestamp, so a rebuild of it reaches the same verdict"),
        /**
         * A release build whose {@code project.build.outputTimestamp} dates before its commit: the committer date of
         * HEAD.
         */
        COMMIT_DATE("the committer date of this release's git commit",
                "project.build.outputTimestamp of this release dates before its commit, so it is stale; a release"
                        + " judges against the later of the two, which is fixed for the commit, so a rebuild of it"
                        + " reaches the same verdict"),
        /**
         * A release build whose {@code project.build.outputTimestamp} dates more than {@link #AHEAD} after its
         * commit: the committer date of HEAD, named as {@link #COMMIT_DATE} is.
         */
        COMMIT_DATE_TIMESTAMP_AHEAD("the committer date of this release's git commit",
                "project.build.outputTimestamp of this release dates more than a day after its commit, which cannot"
                        + " be right (RELEASE-REPRODUCIBLE reports it); judged against it, waivers, SOUP anomaly"
                        + " reviews and SOUP end of support would be judged as of a date that has not come, so a"
                        + " release judges against its commit's date, which is fixed for the commit, so a rebuild of"
                        + " it reaches the same verdict"),
        /** A development build, or a release without {@code outputTimestamp}: the day the build started. */
        BUILD_DAY("the day the build ran",
                "a development build judges against today: project.build.outputTimestamp may still hold an old"
                        + " release's date");

        private final String label;
        private final String why;

        Basis(String label, String why) {
            this.label = label;
            this.why = why;
        }

        /** @return how messages name the date, e.g. {@code the day the build ran} */
        public String label() {
            return label;
        }

        /** @return why this date is the one judged against */
        public String why() {
            return why;
        }
    }

    /**
     * @param releaseBuild    whether the release gate judges this build
     * @param outputTimestamp {@code project.build.outputTimestamp}, or {@code null} when not set
     * @param committed       the committer date of HEAD, or {@code null} outside git
     * @param buildStart      when the build started
     * @return the date this build judges against
     */
    public static ReferenceDate of(boolean releaseBuild, Instant outputTimestamp, Instant committed,
                                   Instant buildStart) {
        if (!releaseBuild || outputTimestamp == null) {
            return new ReferenceDate(utc(buildStart), Basis.BUILD_DAY);
        }
        if (ahead(outputTimestamp, committed)) {
            return new ReferenceDate(utc(committed), Basis.COMMIT_DATE_TIMESTAMP_AHEAD);
        }
        LocalDate timestamp = utc(outputTimestamp);
        if (committed != null && utc(committed).isAfter(timestamp)) {
            return new ReferenceDate(utc(committed), Basis.COMMIT_DATE);
        }
        return new ReferenceDate(timestamp, Basis.RELEASE_TIMESTAMP);
    }

    /**
     * @param outputTimestamp a release's {@code project.build.outputTimestamp}, or {@code null}
     * @param committed       the committer date of its HEAD, or {@code null} outside git
     * @return whether the timestamp is more than {@link #AHEAD} after the commit; {@code false} without either
     */
    public static boolean ahead(Instant outputTimestamp, Instant committed) {
        return outputTimestamp != null && committed != null && outputTimestamp.isAfter(committed.plus(AHEAD));
    }

    private static LocalDate utc(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** @return e.g. {@code 2026-12-07, the day the build ran} */
    public String describe() {
        return date + ", " + basis.label();
    }
}
