package io.github.iec62304.core.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date the gates judge other dates against: how old a SOUP anomaly review is, and whether a review or a change
 * record is dated in the future. A release build judges against a date fixed for its commit, so that a rebuild of
 * the release (any day later) reaches the same verdict and writes the same bundle: the later of its
 * {@code project.build.outputTimestamp} and the committer date of HEAD. The commit date keeps a stale timestamp (set
 * once, never updated) from dating the release years back, which would let an old review pass; RELEASE-REPRODUCIBLE
 * warns about such a timestamp. Without git (a release allowed outside git), the timestamp alone. A development
 * build judges against the day it runs: teams keep {@code outputTimestamp} at the last release's value for months,
 * and a review that aged meanwhile must not pass.
 *
 * @param date  the date, in UTC
 * @param basis which date it is
 */
public record ReferenceDate(LocalDate date, Basis basis) {

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
        LocalDate timestamp = utc(outputTimestamp);
        if (committed != null && utc(committed).isAfter(timestamp)) {
            return new ReferenceDate(utc(committed), Basis.COMMIT_DATE);
        }
        return new ReferenceDate(timestamp, Basis.RELEASE_TIMESTAMP);
    }

    private static LocalDate utc(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** @return e.g. {@code 2026-12-07, the day the build ran} */
    public String describe() {
        return date + ", " + basis.label();
    }
}
