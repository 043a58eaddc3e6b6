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
        /** It passed, and is current, kept by a change record, or judged in a development build. */
        PASSED,
        /** It failed, or passed with a deviation that is not an evaluated anomaly. */
        FAILED,
        /** It passed on another version, no change record of this release keeps it, and this is a release. */
        STALE
    }

    /** @return its verdict in this build */
    public Verdict verdict() {
        if (failure != null) {
            return Verdict.FAILED;
        }
        return !current && justification == null && releaseBuild ? Verdict.STALE : Verdict.PASSED;
    }

    /** @return whether it counts as evidence that its requirements are verified */
    public boolean verifies() {
        return verdict() == Verdict.PASSED;
    }

    /** @return whether it is not current and no change record keeps it (a warning in a development build) */
    public boolean stale() {
        return !current && justification == null;
    }
}
