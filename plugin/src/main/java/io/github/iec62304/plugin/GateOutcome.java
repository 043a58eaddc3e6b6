package io.github.iec62304.plugin;

/**
 * What the build does with the gates' verdict, given {@code iec62304.failOnError} and whether it is a release build.
 *
 * <p>{@code failOnError=false} is report-only mode, as teams know it from {@code jacoco.haltOnFailure=false}: for a
 * development build that must go on while violations are being fixed (a first adoption, a nightly trend report). It
 * changes only the build's outcome, never the evidence: the bundle still says FAILED. A release build refuses it,
 * because IEC 62304 5.8 makes the release depend on the verification being complete and its anomalies evaluated: a
 * release whose own evidence says FAILED must not be produced, whatever a switch says.
 */
enum GateOutcome {
    /** The gates passed: the build goes on. */
    PASSED,
    /** The gates failed: BUILD FAILURE. */
    FAILED,
    /** The gates failed, and the build goes on on purpose (failOnError=false in a development build). */
    REPORT_ONLY,
    /** The gates failed in a release build with failOnError=false: BUILD FAILURE, saying why the switch is refused. */
    RELEASE_REFUSES_REPORT_ONLY;

    static GateOutcome of(boolean passed, boolean failOnError, boolean releaseBuild) {
        if (passed) {
            return PASSED;
        }
        if (failOnError) {
            return FAILED;
        }
        return releaseBuild ? RELEASE_REFUSES_REPORT_ONLY : REPORT_ONLY;
    }

    /**
     * @param errors how many violations are at level ERROR
     * @param bundle the evidence bundle, relative to the project
     * @return the one WARNING line of a report-only build
     */
    static String reportOnlyWarning(long errors, String bundle) {
        return "IEC 62304 gates FAILED with " + errors + " violation(s) at level ERROR, but the build was NOT failed "
                + "because iec62304.failOnError=false (report only). The evidence bundle " + bundle + " says FAILED. "
                + "Fix the violations listed above; a release build refuses this switch and fails.";
    }

    /** @return the first line of the failure of a release build that was asked to be report-only */
    static String releaseRefusal() {
        return "iec62304.failOnError=false is refused in a release build: a release cannot be made report-only, "
                + "because its evidence must show every gate met (IEC 62304 5.8). The build fails anyway. Fix the "
                + "violations below, or waive a finding the team accepts in src/iec62304/waivers.yaml.";
    }

    /** @return the warning of a release build that passed with the switch set: it had no effect and never will */
    static String ignoredInRelease() {
        return "iec62304.failOnError=false has no effect in a release build: a release build always fails when a "
                + "gate fails. Remove the switch from the release configuration.";
    }
}
