package io.github.iec62304.core.evaluate.release;

import io.github.iec62304.core.evaluate.Evidence;
import io.github.iec62304.core.evaluate.Findings;
import io.github.iec62304.core.evaluate.Level;
import io.github.iec62304.core.link.ApprovalModel;
import io.github.iec62304.core.model.SafetyClass;
import io.github.iec62304.core.model.approval.Approval;
import java.util.stream.Collectors;

/**
 * RELEASE-APPROVED: a release build has an approval (meaning {@code approval}) in
 * {@code src/iec62304/release-approval.yaml} that names exactly this version and this build's release content
 * fingerprint (IEC 62304 5.8.1, 5.8.4, 8.2.1), and every change record of the release has an approval with meaning
 * {@code approval} (8.2.1: change requests are approved; an approval of other content is APPROVAL-STALE's). A warning for every class by default, so that projects adopt release
 * approvals before the rule stops their releases; a team that approves its releases this way raises it to
 * {@code ERROR}. The evidence says MISSING or STALE either way. Never waivable.
 */
public final class ReleaseApprovedRule extends ReleaseRule {

    public ReleaseApprovedRule() {
        super("RELEASE-APPROVED", "5.8.1; 5.8.4; 8.2.1", "A release is approved for exactly its version and content "
                + "fingerprint, and so is every change record of the release", false);
    }

    @Override
    public Level defaultLevel(SafetyClass safetyClass) {
        return Level.WARN; // adoption: see the class comment; <RELEASE-APPROVED>ERROR</RELEASE-APPROVED> raises it
    }

    @Override
    public void check(Evidence evidence, Findings findings) {
        ApprovalModel approvals = evidence.approvals();
        String file = approvals.release().source();
        String version = approvals.version();
        String add = " Review this build's evidence, then add to " + file + ": '- version: " + version
                + "', by, role, date, 'meaning: approval', 'fingerprint: " + approvals.contentFingerprint() + "'.";
        switch (approvals.releaseStatus()) {
            case CURRENT -> {
            }
            case MISSING -> findings.report(evidence.systemClass(), evidence.release().subject(), "release "
                    + version + " is not approved: no approval with meaning 'approval' in " + file + " names version "
                    + version + ". Its release content fingerprint is " + approvals.contentFingerprint() + "." + add);
            case STALE -> {
                java.util.List<ApprovalModel.Bound> approving = approvals.releaseApprovals().stream()
                        .filter(b -> b.approval().meaning() == Approval.Meaning.APPROVAL).toList();
                String described = approving.stream().map(b -> "the " + b.approval().describe() + " (line "
                        + b.approval().line() + ") " + (b.future() ? "is dated after the date this build judges "
                        + "dates against (" + evidence.release().referenceDate().date() + ")" : "approved "
                        + b.approval().fingerprint())).collect(Collectors.joining("; "));
                boolean onlyDated = approving.stream()
                        .allMatch(b -> b.approval().fingerprint().equals(approvals.contentFingerprint()));
                findings.report(evidence.systemClass(), evidence.release().subject(), onlyDated ? "release "
                        + version + " is not approved on its date: " + described + ", so it approves nothing; this "
                        + "build's release content fingerprint is " + approvals.contentFingerprint() + "." + add
                        : "release " + version + " was approved for other content: " + described + ", but this "
                        + "build's release content fingerprint is " + approvals.contentFingerprint() + " (a "
                        + "requirement, a unit's code or the shipped SOUP changed after the approval)." + add);
            }
        }
        for (ApprovalModel.Content c : approvals.contents()) {
            if (c.kind() == ApprovalModel.Kind.CHANGE_RECORD && approvals.approvals().stream().noneMatch(b ->
                    b.kind() == c.kind() && b.subject().equals(c.subject())
                            && b.approval().meaning() == Approval.Meaning.APPROVAL)) {
                findings.report(evidence.systemClass(), c.subject(), "change record " + c.subject() + " of release "
                        + version + " has no approval with meaning 'approval' (" + approvals.approvalsOf(c.kind(),
                        c.subject()) + "): nothing records that the change was approved for what it says. Its "
                        + "content fingerprint is " + c.fingerprint() + ". Review the change record, then add to it "
                        + "in " + evidence.regression().changes().source() + ": 'approvals:' with by, role, date, "
                        + "'meaning: approval', 'fingerprint: " + c.fingerprint() + "'.");
            }
        }
    }
}
