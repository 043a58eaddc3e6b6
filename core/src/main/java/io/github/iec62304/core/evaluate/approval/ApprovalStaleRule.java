package io.github.iec62304.core.evaluate.approval;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.evaluate.RuleDefinition;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.approval.Approval;

/**
 * APPROVAL-STALE: every approval of a change record of this release, and of an anomaly's evaluation, still matches the
 * content it approved (IEC 62304 8.2.1: change requests approved; 5.8.3: residual anomalies evaluated). An approval
 * names the content fingerprint the build printed when it was given; when the record, or a requirement a change record
 * names, changed afterwards, the approval approves something that no longer exists. In a release build an error for
 * classes B and C and a warning for A; in a development build a warning. Not applicable when no such record carries
 * {@code approvals:}.
 */
public final class ApprovalStaleRule extends RuleDefinition {

    /** Reason given when nothing carries approvals. */
    public static final String NO_APPROVALS = "no change record of this release and no anomaly record has approvals";

    public ApprovalStaleRule() {
        super("APPROVAL-STALE", "8.2.1; 5.8.3",
                "Every approval of a change record or an anomaly evaluation still matches the content it approved");
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return safetyClass == SafetyClass.A ? Level.WARN : Level.ERROR;
    }

    @Override
    public String notApplicable(Evidence evidence) {
        return evidence.approvals().recordApprovals().isEmpty() ? NO_APPROVALS : null;
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        for (ApprovalModel.Bound b : evidence.approvals().recordApprovals()) {
            if (b.current()) {
                continue;
            }
            Approval a = b.approval();
            String changed = b.kind() == ApprovalModel.Kind.CHANGE_RECORD
                    ? "the record, or a requirement it names, changed after the approval"
                    : "the record or its evaluation changed after the approval";
            String message = b.kind().label() + " " + b.subject() + " (" + b.source() + " line " + a.line() + "): the "
                    + a.describe() + " approved content fingerprint " + a.fingerprint() + ", but the content is now "
                    + b.now() + " (" + changed + "), so it approves something that no longer exists. Review the "
                    + b.kind().label() + " as it is now and re-approve it: copy " + b.now() + " into the approval "
                    + "with the date of the new review.";
            if (evidence.release().releaseBuild()) {
                findings.report(evidence.systemClass(), b.subject(), message);
            } else {
                findings.warn(evidence.systemClass(), b.subject(), message);
            }
        }
    }
}
