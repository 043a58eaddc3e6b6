package io.github.iec62304.core.link;

import io.github.iec62304.core.model.release.ChangeLog;
import io.github.iec62304.core.model.verification.VerificationRecord;

/**
 * A verification record as this build judges it.
 *
 * @param record        the record
 * @param failure       why it did not pass (it failed, or a deviation is not an evaluated anomaly), or {@code null}
 * @param current       whether it was executed on the version (or commit) being built
 * @param justification the change record of this release that keeps it although it is not current, or {@code null}
 * @param releaseBuild  whether this is a release build: only there does a stale record stop verifying
 */
public record JudgedRecord(VerificationRecord record, String failure, boolean current,
                           ChangeLog.Justification justification, boolean releaseBuild) {

    /** What a record counts as in this build. */
    public enum Verdict {
        /** It passed, and was executed on the version built or is kept by a change record of this release. */
        PASSED,
        /** It failed, or passed with a deviation that is not an anomaly evaluated as acceptable. */
        FAILED,
        /** It passed on another version, and no change record of this release keeps it. */
        STALE
    }

    /** @return its verdict in this build */
    public Verdict verdict() {
        if (failure != null) {
            return Verdict.FAILED;
        }
        return stale() ? Verdict.STALE : Verdict.PASSED;
    }

    /**
     * @return whether it counts as evidence that its requirements are verified: when it passed, and, in a release
     * build, is not stale (a development build counts a stale record and warns)
     */
    public boolean verifies() {
        return failure == null && (!stale() || !releaseBuild);
    }

    /** @return the reason for its verdict, in one sentence */
    public String why(String version) {
        if (failure != null) {
            return failure;
        }
        String executed = "executed on " + record.version() + (record.commit() == null ? "" : " (commit "
                + record.commit() + ")");
        String passed = record.result() == VerificationRecord.Result.PASS ? "passed"
                : "passed with deviations, each evaluated as acceptable (" + String.join(", ", record.deviations())
                + ")";
        if (current) {
            return passed + "; " + executed;
        }
        String release = ChangeLog.releaseOf(version);
        return justification != null ? passed + "; " + executed + ", not on " + release + ", and change record "
                + justification.change() + " of release " + release + " keeps it"
                : executed + ", not on " + release + ", and no change record of release " + release + " lists it";
    }

    /** @return whether it is not current and no change record keeps it (a warning in a development build) */
    public boolean stale() {
        return !current && justification == null;
    }
}
