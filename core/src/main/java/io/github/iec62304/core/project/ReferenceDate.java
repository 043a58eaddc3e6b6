package io.github.iec62304.core.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date the gates judge other dates against: how old a SOUP anomaly review is, and whether a review or a change
 * record is dated in the future. A release build judges against its {@code project.build.outputTimestamp}, so that a
 * rebuild of the release (any day later) reaches the same verdict and writes the same bundle; that timestamp is only
 * fresh when the release sets it (RELEASE-REPRODUCIBLE warns when it is still the baseline's). A development build
 * judges against the day it runs: teams keep {@code outputTimestamp} at the last release's value for months, and a
 * review that aged meanwhile must not pass.
 *
 * @param date  the date, in UTC
 * @param basis which date it is
 */
public record ReferenceDate(LocalDate date, Basis basis) {

    /** Which date a build judges against, and why. */
    public enum Basis {
        /** A release build with {@code project.build.outputTimestamp} set: its date. */
        RELEASE_TIMESTAMP("project.build.outputTimestamp of this release build",
                "a release judges against its own timestamp, so a rebuild of it reaches the same verdict"),
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
     * @param buildStart      when the build started
     * @return the date this build judges against
     */
    public static ReferenceDate of(boolean releaseBuild, Instant outputTimestamp, Instant buildStart) {
        return releaseBuild && outputTimestamp != null
                ? new ReferenceDate(LocalDate.ofInstant(outputTimestamp, ZoneOffset.UTC), Basis.RELEASE_TIMESTAMP)
                : new ReferenceDate(LocalDate.ofInstant(buildStart, ZoneOffset.UTC), Basis.BUILD_DAY);
    }

    /** @return e.g. {@code 2026-12-07, the day the build ran} */
    public String describe() {
        return date + ", " + basis.label();
    }
}
